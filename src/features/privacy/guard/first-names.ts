/**
 * First names, folded (lower case, no accents): how the guard recognises a first name typed in lower
 * case ("ginette 93 ans", "c'est pour lucien garnier"), where a capital letter cannot tell it.
 * Frequent names of the patients' generations and of their children, in France and in the families
 * the network cares for. Names that are also ordinary words ("rose", "claire", "pierre", "france",
 * "ange", "mai") are left out: a capitalised name needs no list.
 */

const FIRST_NAMES = new Set(
  `
  abdel abdelkader abdallah abdou abdoulaye abel adele adelaide adrien agathe agnes ahmed aicha aida aime aimee
  alain alban albert alberte albertine alexandre alexandra alexis alfred alice aline alphonse amandine amelie
  amina amine anais anatole andre andree angele angelique annabelle anne annette annick annie anthony antoine
  antoinette antonio apolline ariane arlette armand armelle arnaud arthur astrid audrey augustin augustine
  aurelie aurore baptiste barbara bastien beatrice benedicte benjamin benoit bernadette bernard berthe bertrand
  blaise brigitte bruno camille carine carmen caroline catherine cecile celine cedric chantal charles charlotte
  christelle christian christiane christine christophe claude claudette claudine clement clementine clotilde
  colette corinne cyril cyrille damien daniel daniele danielle david delphine denis denise didier dominique
  edith edmond edouard eliane elisabeth elise eliza elizabeth emile emilie emma emmanuel emmanuelle eric ernest
  estelle esther etienne eugene eugenie eveline evelyne fabien fabienne fabrice fanny farid fatima fatiha
  fatou fatoumata felix fernand fernande florence florian franck francine francis francois francoise frederic
  frederique gabriel gabrielle gaston genevieve georges georgette gerald gerard germain germaine ghislaine
  gilbert gilberte gilles ginette gisele gregoire gregory guillaume gustave guy guylaine hamid hassan helene
  henri henriette herve hubert hugo huguette ibrahim ines irene isabelle jacqueline jacques james jean
  jean-claude jean-francois jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul jean-pierre
  jeanine jeanne jeannette jeannine jeremy jerome joel joelle johanna john jonathan joseph josette josiane
  josephine jules julia julie julien juliette justine karim karima kevin khadija laetitia laure laurent
  laurence lea leila leon leonie liliane lina lionel lisa louis louise luc luce lucette lucie lucien lucienne
  ludovic lydie madeleine mamadou manon marc marcel marcelle marguerite maria mariam marianne marie
  marie-claire marie-france marie-louise marie-therese marine marion marius marthe martial martin martine mary
  mathieu mathilde matthieu maurice maxime mehdi melanie michel micheline michele mireille mohamed mohammed
  monique moussa muriel myriam nadia nadine nathalie nicolas nicole noelle noemie norbert odette odile olivier
  olivia omar pascal pascale patrice patricia patrick paul paule paulette pauline peter philippe pierrette
  rachid rachida raphael raymond raymonde regine remi renee rene richard robert robertine roger roland romain
  rosalie roseline rosine sabine sacha said salima samia samir samuel sandrine sarah sebastien serge severine
  simon simone sophie stephane stephanie suzanne suzette sylvain sylvie theo therese thierry thomas valentin
  valerie veronique victor vincent virginie william xavier yannick yasmina yolande youssef yves yvette yvonne
  zohra
`
    .trim()
    .split(/\s+/),
);

export const isFirstName = (folded: string): boolean => FIRST_NAMES.has(folded);
