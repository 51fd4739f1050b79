/**
 * First names, folded (lower case, no accents): how the guard recognises a first name typed in lower
 * case ("ginette 93 ans", "c'est pour lucien garnier"), where a capital letter cannot tell it.
 * Frequent names of the patients' generations and of their children, in France and in the families
 * the network cares for. Names that are also ordinary words ("rose", "claire", "pierre", "france",
 * "ange", "mai") are left out: a capitalised name needs no list.
 */
import { wordSet } from "./words.ts";

const FIRST_NAMES = wordSet(`
  abdallah abdel abdelaziz abdelhak abdelkader abdellah abderrahmane abdou abdoul abdoulaye abel achille adelaide
  adele adolphe adrien adrienne agathe agnes ahmed aicha aida alain alban albert alberte albertine alexandra
  alexandre alexandrine alexis alfred ali alice aline alphonse alphonsine amadou amandine amedee amelie amina
  aminata amine anais anastasie anatole andre andree angele angelina angelique anna annabelle anne annette annick
  annie anthony antoine antoinette antonio apolline ariane aristide arlette armand armelle arnaud arsene arthur
  astrid audrey augusta auguste augustin augustine aurelie aurore baptiste barbara barthelemy basile bastien
  beatrice benedicte benjamin benoit bernadette bernard berthe bertrand betty blaise blandine brigitte bruno
  camille carine carlos carmen caroline catherine cecile cedric celestine celine chantal charles charlotte chloe
  christelle christian christiane christine christophe clarisse claude claudette claudia claudine clemence clement
  clementine clotilde colette conceicao corinne cunegonde cyprien cyril cyrille damien daniel daniele danielle
  david delphine denis denise diane didier djamila dolores dominique dorothy edgar edith edmee edmond edouard
  edward eleonore eliane elisabeth elise eliza elizabeth elodie eloise elvire emile emilie emilien emilienne emma
  emmanuel emmanuelle enzo eric ernest ernestine estelle esther etienne eugene eugenie eulalie eva eveline evelyne
  fabien fabienne fabrice fadila fanny farid farida fatiha fatima fatou fatoumata felicie felix fernand fernanda
  fernande firmin florence florent florentine florian francette francine francis francisco franck francois
  francoise frank frederic frederique gabriel gabrielle gaston genevieve george georges georgette gerald gerard
  germain germaine gertrude ghislaine gilbert gilberte gilles ginette giovanni gisele gislaine giuseppe gregoire
  gregory guillaume gustave guy guylaine gwendoline hamid harry hassan helen helene henri henriette herve honore
  honorine hortense houria hubert hugo hugues huguette ibrahim ibrahima ida idriss ines irene irma isabelle ismael
  issa jacqueline jacques jamal james janine jean jean-claude jean-francois jean-louis jean-luc jean-marc 
  jean-marie jean-michel jean-paul jean-pierre jeanine jeanne jeannette jeannine jeannot jennifer jeremy jerome joan
  joao jocelyne joel joelle johanna john jonathan jose joseph josephine josette josiane judith jules julia julie
  julien julienne juliette justine kader karim karima kevin khadija khalid kheira laetitia lakhdar larbi laure
  laurence laurent lea leila leon leonard leonie leopold liliane lina linda lionel lisa lise lorette louis louisa
  louise luc lucas luce lucette lucie lucien lucienne lucile ludivine ludovic luis lydia lydie madeleine maguy
  malika mamadou manon manuel marc marcel marcelle margaret marguerite maria mariam mariama marianne marie 
  marie-christine marie-claire marie-france marie-jeanne marie-josee marie-louise marie-madeleine marie-noelle 
  marie-paule marie-rose marie-therese marine marinette marion marius marthe martin martine mary mathieu mathilde
  matthieu maud maurice maxime mehdi melanie messaoud michael michel michele micheline mickael mimoun mireille
  mohamed mohammed mohand monique moussa muguette muriel mustapha myriam nabil nacer nacera nadege nadia nadine
  naima nathalie nathan nelly nicolas nicole nina noella noelle noemie norbert nordine octave odette odile olga
  olivia olivier omar ourida ousmane pascal pascale patrice patricia patrick paul paule paulette pauline peter
  philippe philomene pierrette pilar quentin rabah rachid rachida raoul raphael raymond raymonde regine remi rene
  renee richard robert robertine roger roland rolande romain rosa rosalie roseline rosine ruth sabine sacha said
  salah saliha salima samia samir samira samuel sandrine sarah sebastien serge severine sidonie simon simone
  slimane solange sonia sophie souad stephane stephanie susan suzanne suzette sylvain sylviane sylvie tahar theo
  theodore theophile therese thierry thomas valentin valentine valerie veronique victor victorine vincent virginie
  viviane walter william xavier yacine yamina yannick yasmina yolande youcef youssef yves yvette yvon yvonne zahra
  zineb zoe zohra zoubida
`);

export const isFirstName = (folded: string): boolean => FIRST_NAMES.has(folded);
