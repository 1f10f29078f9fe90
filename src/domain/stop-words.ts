/**
 * Words too common to be a theme, in English and French, lower case and
 * without accents (as `fold` leaves them). Kept short on purpose: a word a
 * team writes often and that means something (code, design, cache) must
 * stay, so only grammar words, the most common verbs and adverbs, and the
 * words of every interview are here.
 */
const ENGLISH = `a about above after again against all almost also although am an and any are
aren as at be because been before being below between both but by can cannot could couldn did
didn do does doesn doing don done down during each either else enough even ever every few for
from further get gets getting got had hadn has hasn have haven having he her here hers herself
him himself his how however i if in into is isn it its itself just least less let like ll made
make many may me might more most much must my myself need no nor not now of off often on once
one only or other others otherwise our ours ourselves out over own per perhaps quite rather re
really same say said see seem seemed shall she should shouldn since so some something still such
than that the their theirs them themselves then there these they thing things this those though
through to too under until up upon us ve very via was wasn way we well were weren what when where
whether which while who whom whose why will with within without won would wouldn yes yet you your
yours yourself yourselves`;

const FRENCH = `a ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient
aurais aurait auras aurez auriez aurions aurons auront aussi autre autres aux auxquels avaient
avais avait avant avec avez aviez avions avoir avons ayant ayez ayons bien c ca car ce ceci cela
celle celles celui cependant certain certaine certains ces cet cette ceux chaque chez ci comme
comment d dans de des deja depuis devait devrait devrions dois doit donc dont du elle elles en encore entre
es est et etaient etais etait etant etc ete etes etions etre eu eue eues eumes eurent eus eusse
eut eux fait faire fais faudra faut fois font furent fus fut ici il ils j je jusqu jusque l la laquelle
le lequel les lesquels leur leurs lors lorsqu lorsque lui m ma mais me meme memes mes moi moins
mon n ne ni non nos notre nous on ont ou oui par parce parfois pas peu peut peuvent plus plutot
pour pourquoi pourrait pu puis qu quand que quel quelle quelles quels qui quoi s sa sans se sera
serai seraient serais serait seras serez seriez serions serons seront ses si sien soi soit sommes
son sont sous souvent suis sur t ta tandis te tel telle tes toi ton tous tout toute toutes tres
trop tu un une unes uns vers voici voila vos votre vous vu y`;

/**
 * Words every interview retro uses, whatever it is about: the people, the
 * verbs that tell what happened. A theme is what this team's answers say
 * that another's would not.
 */
const INTERVIEW = `candidate candidates interview interviews interviewer interviewers question questions
answer answers ask asked asking moved move went go going know knew think thought first second
third last gave give showed show shown felt feel seemed looked noticed tried
started start used wanted talked said told came come next
candidat candidats candidate candidates personne personnes entretien entretiens question questions
reponse reponses demande pose posee passe passee premier premiere deuxieme dernier derniere
montre semble essaye commence utilise parle dit prochaine`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${FRENCH} ${INTERVIEW}`.split(/\s+/).filter(Boolean),
);
