import { describe, expect, it } from "vitest";
import { inspectText } from "../../../src/features/privacy/guard/inspect.ts";
import { checkNir, nirKey } from "../../../src/features/privacy/guard/nir.ts";
import { loadCorpus } from "../../../src/nlu/corpus.ts";
import { INTENTS_DIR } from "../../../src/paths.ts";

const NIR = "[NIR masqué]";
const DOB = "[date de naissance masquée]";
const NAME = "[nom masqué]";
const NUMBER = "[numéro masqué]";

describe("the NIR key", () => {
  it.each([
    ["1850578006084", 91],
    ["2690549588157", 80], // the INSEE example
    ["285052A006084", 82], // Corse-du-Sud: 2A counts as 19
    ["178062B123456", 31], // Haute-Corse: 2B counts as 18
  ])("of %s is %i", (first13, key) => {
    expect(nirKey(first13)).toBe(key);
  });

  it.each([
    ["185057800608491", { ok: true, key: "valid" }],
    ["185057800608492", { ok: true, key: "invalid" }],
    ["1850578006084", { ok: true, key: "absent" }],
    ["285052a00608482", { ok: true, key: "valid" }],
    ["799019912304547", { ok: true, key: "valid" }], // temporary number, unknown month
    ["375129935204861", { ok: true, key: "valid" }], // born abroad (99)
    ["585057800608491", { ok: false }], // sex digit 5
    ["185137800608491", { ok: false }], // month 13
    ["185437800608491", { ok: false }], // month 43
    ["185050000608491", { ok: false }], // department 00
    ["185057800008491", { ok: false }], // commune 000
    ["185057800600091", { ok: false }], // order 000
    ["18505780060849", { ok: false }], // 14 characters
  ])("checks the structure of %s", (compact, expected) => {
    expect(checkNir(compact)).toEqual(expected);
  });
});

describe("the privacy guard", () => {
  it.each([
    ["NIR 1 85 05 78 006 084 91 besoin", `NIR ${NIR} besoin`, "valid"],
    ["NIR 185057800608491", `NIR ${NIR}`, "valid"],
    ["n° sécu : 1850578006084 91", `n° sécu : ${NIR}`, "valid"],
    ["1-85-05-78-006-084", NIR, "absent"],
    ["1.85.05.78.006.084.91", NIR, "valid"],
    ["1 85 05 78 006 084", NIR, "absent"],
    ["1 85 05 78 006 084 19", NIR, "invalid"],
    ["185057800608419, merci", `${NIR}, merci`, "invalid"],
    ["2 85 05 2A 006 084 82", NIR, "valid"],
    ["2 85 05 2b 006 084 13", NIR, "invalid"], // 12 would be its key
    ["2 85 05 2B 006 084 12", NIR, "valid"],
    ["sécu 7 99 01 99 123 045 47", `sécu ${NIR}`, "valid"],
    ["rappeler le 0199001234 pour 1 85 05 78 006 084 91", `rappeler le 0199001234 pour ${NIR}`, "valid"],
    ["tel 0199001234 1 85 05 78 006 084 91", `tel 0199001234 ${NIR}`, "valid"],
    ["dossier 2024 185057800608491", `dossier 2024 ${NIR}`, "valid"],
  ])("redacts the NIR in %j, whatever its key", (message, redacted, key) => {
    expect(inspectText(message)).toEqual({ text: redacted, findings: [{ kind: "nir", key }] });
  });

  it.each([
    ["né le 12/03/1950", `né le ${DOB}`],
    ["nee le 12-03-1950 à Vitry", `nee le ${DOB} à Vitry`],
    ["née en 1950", `née en ${DOB}`],
    ["né(e) le 1er mars 1950", `né(e) le ${DOB}`],
    ["née à Saint-Denis le 3 mai 1950", `née à Saint-Denis le ${DOB}`],
    ["DDN 12/03/50", `DDN ${DOB}`],
    ["ddn: 12031950", `ddn: ${DOB}`],
    ["date de naissance : 12 mars 1950", `date de naissance : ${DOB}`],
    ["Date naissance 12 janv. 1950", `Date naissance ${DOB}`],
    ["DOB 1950-03-12", `DOB ${DOB}`],
    ["D.O.B.: 03/12/1950", `D.O.B.: ${DOB}`],
    ["born on March 12, 1950", `born on ${DOB}`],
    ["born 12th of March 1950", `born ${DOB}`],
    ["date of birth: 12 March 1950", `date of birth: ${DOB}`],
    ["ma patiente, née en 1941, vit seule", `ma patiente, née en ${DOB}, vit seule`],
    ["mon fils est né en 2003", `mon fils est né en ${DOB}`],
    ["le réseau est né le 12/03/1996", `le réseau est né le ${DOB}`], // a full date is always redacted
    ["l'association est née en 2003. Elle est née en 1950", `l'association est née en 2003. Elle est née en ${DOB}`],
  ])("redacts the date of birth in %j", (message, redacted) => {
    expect(inspectText(message)).toEqual({ text: redacted, findings: [{ kind: "birth-date" }] });
  });

  it.each([
    ["besoin d'une HAD pour Mme Durand", `besoin d'une HAD pour Mme ${NAME}`],
    ["M. Dupont sort demain", `M. ${NAME} sort demain`],
    ["Monsieur Jean Martin à Ivry", `Monsieur ${NAME} à Ivry`],
    ["pour Mr Martin", `pour Mr ${NAME}`],
    ["ma patiente Mme X a besoin d'un lit", `ma patiente Mme ${NAME} a besoin d'un lit`],
    ["le patient DUPONT sort demain", `le patient ${NAME} sort demain`],
    ["patient Y, 85 ans", `patient ${NAME}, 85 ans`],
    ["patiente : Jeanne Durand", `patiente : ${NAME}`],
    ["Mme Jeanne DURAND HAD", `Mme ${NAME} HAD`],
    ["Mme de la Tour", `Mme ${NAME}`],
    ["M. Le Goff", `M. ${NAME}`],
    ["Mme D. a chuté", `Mme ${NAME} a chuté`],
    ["mme durand souhaite rentrer", `mme ${NAME} souhaite rentrer`],
    ["mme jeanne durand habite à Vitry", `mme ${NAME} habite à Vitry`],
    ["MME DURAND A VITRY", `MME ${NAME} A VITRY`],
    ["l'infirmière de ma patiente Mme Roy", `l'infirmière de ma patiente Mme ${NAME}`],
    ["je cherche une infirmière pour Mme Durand", `je cherche une infirmière pour Mme ${NAME}`],
    ["je suis Mme Durand depuis 2 ans", `je suis Mme ${NAME} depuis 2 ans`], // "I follow", not "I am"
    ["un patient de Thiais, M. Roux", `un patient de Thiais, M. ${NAME}`],
    ["this is Mrs Smith, she needs help", `this is Mrs ${NAME}, she needs help`],
    ["Mrs Smith needs home care", `Mrs ${NAME} needs home care`],
    ["my patient John Smith", `my patient ${NAME}`],
    ["Nom : DUPONT", `Nom : ${NAME}`],
    ["prénom: jeanne", `prénom: ${NAME}`],
    ["Mr. Van der Meulen sort demain", `Mr. ${NAME} sort demain`],
    ["Mme de La Fontaine", `Mme ${NAME}`],
    ["M. d'Alembert a chuté", `M. ${NAME} a chuté`],
    ["monsieur Van den Broeck", `monsieur ${NAME}`],
    ["Mme Ben Saïd", `Mme ${NAME}`],
    ["pour Mr van der Linden", `pour Mr ${NAME}`],
    ["MME LE BIHAN SORT", `MME ${NAME} SORT`],
    ["mme de Sa", `mme ${NAME}`],
    ["Mlle Ait Ahmed", `Mlle ${NAME}`],
    ["MME DURAND DE VITRY", `MME ${NAME} DE VITRY`],
    ["mme van der meulen a chuté", `mme ${NAME} a chuté`],
    ["patient van der meulen sort demain", `patient ${NAME} sort demain`],
    ["patient durand sort demain", `patient ${NAME} sort demain`],
    ["pt dupuis 85 ans, chutes à répétition", `pt ${NAME} 85 ans, chutes à répétition`],
    ["la patiente lefebvre a refusé", `la patiente ${NAME} a refusé`],
    ["m. petit est décédé", `m. ${NAME} est décédé`],
    ["mr garcia sorti ce jour", `mr ${NAME} sorti ce jour`],
    ["Jeannine, 87 ans, vit seule", `${NAME}, 87 ans, vit seule`],
    ["Jeannine 87 ans", `${NAME} 87 ans`],
    ["pour Marcel (92 ans)", `pour ${NAME} (92 ans)`],
    ["Louise, 64a, K pancréas", `${NAME}, 64a, K pancréas`],
    ["John, 78 y/o, lives alone", `${NAME}, 78 y/o, lives alone`],
    ["ginette 93ans vit seule", `${NAME} 93ans vit seule`],
    ["jean-marie 93 ans", `${NAME} 93 ans`],
    ["marie-paule 88 ans, chutes", `${NAME} 88 ans, chutes`],
    ["Jean Dupont, 87 ans", `${NAME}, 87 ans`],
    ["question pour Sidonie, 97 ans", `question pour ${NAME}, 97 ans`],
    ["c'est pour Jean Dupont, il sort demain", `c'est pour ${NAME}, il sort demain`],
    ["il s'agit de Marie-Claire Petit", `il s'agit de ${NAME}`],
    ["il s'agit d'Alain Durand", `il s'agit d'${NAME}`],
    ["la demande concerne Robert Lemoine", `la demande concerne ${NAME}`],
    ["c est pour lucien garnier", `c est pour ${NAME}`],
    ["une IDE pour Jean Dupont", `une IDE pour ${NAME}`],
    ["it's for John Smith", `it's for ${NAME}`],
  ])("redacts the patient's name in %j", (message, redacted) => {
    const { text, findings } = inspectText(message);
    expect(text).toBe(redacted);
    expect(findings.every((f) => f.kind === "patient-name")).toBe(true);
  });

  it.each([
    ["IPP 4587123", `IPP ${NUMBER}`],
    ["IPP: 00458712 pour la sortie", `IPP: ${NUMBER} pour la sortie`],
    ["ipp n° 3320145", `ipp n° ${NUMBER}`],
    ["n° de dossier 2024-00123", `n° de dossier ${NUMBER}`],
    ["dossier n°58741", `dossier n°${NUMBER}`],
    ["dossier 58741 transmis", `dossier ${NUMBER} transmis`],
    ["n° d'admission 123456", `n° d'admission ${NUMBER}`],
    ["NDA 1234567", `NDA ${NUMBER}`],
    ["numéro de séjour 87452", `numéro de séjour ${NUMBER}`],
    ["N°séjour: 24001245", `N°séjour: ${NUMBER}`],
    ["n° patient 88812", `n° patient ${NUMBER}`],
    ["Num dossier : 458 712, merci", `Num dossier : ${NUMBER}, merci`],
    ["son numero de dossier est le 2023/4587", `son numero de dossier est le ${NUMBER}`],
    ["numéro d'admission : 2024A00871", `numéro d'admission : ${NUMBER}`],
    ["MRN 8745123", `MRN ${NUMBER}`],
  ])("redacts the hospital number in %j, not its label", (message, redacted) => {
    expect(inspectText(message)).toEqual({ text: redacted, findings: [{ kind: "hospital-id" }] });
  });

  it("redacts every identifier of a message and keeps the rest of it", () => {
    expect(inspectText("patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide")).toEqual({
      text: `patient Mme ${NAME} NIR ${NIR} besoin d'aide`,
      findings: [{ kind: "patient-name" }, { kind: "nir", key: "valid" }],
    });
    expect(inspectText("Mme Durand (12/03/1950), besoin d'une HAD à Vitry").text).toBe(
      `Mme ${NAME} (${DOB}), besoin d'une HAD à Vitry`,
    );
    expect(inspectText("Monsieur Jean Martin né le 12/03/1950, NIR 185057800608491").text).toBe(
      `Monsieur ${NAME} né le ${DOB}, NIR ${NIR}`,
    );
  });

  /** Messages members really send: none of them holds a patient identifier. */
  const ORDINARY = [
    "besoin d'une HAD à Vitry",
    "Quelle équipe de soins palliatifs intervient à Ivry-sur-Seine ?",
    "Bonjour, je suis le Dr Martin, médecin généraliste à Vitry",
    "Merci Dr Lefèvre pour votre aide",
    "Le Pr Durand de l'HAD m'a dit d'appeler le 01 99 00 11 01",
    "Mon numéro : 01 99 00 12 34",
    "rappelez-moi au 06 12 34 56 78 ou au 01.99.00.12.34",
    "+33 1 99 00 12 34",
    "Appelez le CLIC au 01-99-00-12-34 de 9h à 17h",
    "code postal 94400",
    "quelles formations le 12/03/2027 ?",
    "Réunion du bureau le 3 mars 2026 à 18h",
    "à partir du 01-02-2026",
    "patient diabétique de 85 ans à domicile, besoin d'un kiné",
    "J'ai un patient en fin de vie à Choisy, qui appeler ?",
    "Le patient a besoin d'un lit médicalisé",
    "un patient Alzheimer à Ivry, besoin d'un accueil de jour",
    "patiente SLA en fin de vie",
    "patiente grabataire, escarres",
    "patient de 87 ans à Vitry",
    "Depuis 10 ans je travaille au réseau",
    "Julie, 20 ans d'expérience en soins palliatifs",
    "un patient à Ivry, 87 ans",
    "le Dr Martin, 58 ans, part à la retraite",
    "ma collègue Julie, 35 ans",
    "Homme 87 ans, fin de vie",
    "Formation 2 ans",
    "Bravo, 10 ans de réseau !",
    "Hôpital Paul Brousse, 100 ans",
    "Le Kremlin-Bicêtre 1 an après",
    "Merci, Julie",
    "c'est pour Vitry ou Ivry ?",
    "c'est pour Villeneuve Saint-Georges",
    "il s'agit de Paul Brousse",
    "ça concerne Le Kremlin-Bicêtre et Gentilly",
    "c'est pour Julie Martin, IDE à Ivry",
    "c'est pour le Dr Van der Berg",
    "il s'agit de l'EMSP de Villejuif",
    "une formation pour Julie",
    "c'est pour Jeannine",
    "patient très algique",
    "patient parkinsonien en fin de vie",
    "patient polymédiqué",
    "patient anglophone",
    "un patient de vitry",
    "une patiente diabetique vendredi",
    "which patients do you support",
    "un mur de 5 m. de haut",
    "le Dr Van der Berg est en congé",
    "ma collègue Mme Van der Berg",
    "Mes patients HAD de Créteil",
    "Mme est hospitalisée depuis lundi",
    "Monsieur souhaite rentrer chez lui",
    "Monsieur le président, la réunion est confirmée",
    "M. le maire a signé la convention",
    "Madame la directrice souhaite une réunion",
    "Madame, Monsieur, je souhaite adhérer au réseau",
    "Bonjour madame",
    "ma collègue Mme Petit, infirmière à Ivry, cherche une mission",
    "patiente perdue la nuit, qui appeler ?",
    "patient alone at home in Vitry",
    "elderly patient bedridden, who do I call",
    "patient transport to the day hospital",
    "patiente alitée et épuisée, aidant débordé",
    "retour à domicile d'un patient opéré",
    "patient transfert vers l'USP",
    "pt de 85 ans à Vitry, besoin SSIAD",
    "l'IDE Mme Roy passe demain",
    "je suis Mme Martin, pharmacienne à Villejuif",
    "Mon nom : Claire Martin",
    "I'm Mrs Smith, the GP",
    "une unité de soins palliatifs pour un patient de Thiais",
    "ma collègue, Mme Petit",
    "mission n° 12 acceptée",
    "SIRET 123 456 789 00012",
    "RPPS 10001234567",
    "Le numéro FINESS est 940000000",
    "réponse à la demande 1234567",
    "dossier de subvention 2025 à rendre",
    "le dossier 2024 est clos",
    "IPP 12, NDA 345",
    "1 250 000 € de budget",
    "Horaires : 9h-17h du lundi au vendredi",
    "Quand est né le réseau ?",
    "Je suis né à Lyon",
    "le réseau est né en 1996",
    "Notre association, née en 2003, regroupe 300 professionnels",
    "le projet de soins palliatifs est né en 2004",
    "Le DAC, né en 2021 de la fusion des réseaux",
    "the network was born in 1996",
    "le réseau est né de la fusion de deux associations",
    "Can you help me find a palliative care team in Vitry?",
    "Please be patient, the patient I saw needs help",
    "Dear Dr Smith, thank you",
    "mes données",
    "aide",
  ];

  it.each(ORDINARY)("leaves an ordinary message untouched: %j", (message) => {
    expect(inspectText(message)).toEqual({ text: message, findings: [] });
  });

  it("leaves every training utterance of intents/ untouched (thousands of real wordings)", async () => {
    const { intents } = await loadCorpus(INTENTS_DIR);
    const utterances = [...intents.values()].flatMap((intent) => [...intent.utterances.fr, ...intent.utterances.en]);
    expect(utterances.length).toBeGreaterThan(1000);
    expect(utterances.filter((u) => inspectText(u).findings.length > 0)).toEqual([]);
  });
});
