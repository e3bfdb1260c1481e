"""The lexicon's verb and noun classes, one sentence of our own each, through the real pipeline.

Each row is a class the lexicon codes (its entry ids in docs/coverage.md): the sentence,
the CAMEO code the class must give, and the source and target countries where the
sentence names them ("" for a side the test does not check). Sentences are written for
these tests; none comes from a gold set.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# (sentence, expected CAMEO code, source country, target country)
SENSES = [
    # escorting someone back to the border expels them (174); escorting a convoy protects it (074)
    ("Chilean police escorted the Bolivian deputy minister back to the border on Sunday.", "174", "CHL", "BOL"),
    # offering to mediate is an intent to mediate (039), refusing to a rejection of mediation (126);
    # acting as a mediator mediates (045)
    ("Chile offered to mediate between Peru and Bolivia.", "039", "CHL", "PER"),
    ("Chile refused to mediate between Peru and Bolivia.", "126", "CHL", ""),
    ("Chile acted as a mediator between Peru and Bolivia.", "045", "CHL", "PER"),
    # signing cooperation documents signs agreements (057)
    ("Peru and Bolivia signed twelve cooperation documents in La Paz.", "057", "PER", "BOL"),
    # a demand joined to a denial is the speaker's next act (1053), not a denied one
    ("Peru denied that the fishermen were spies and demanded their immediate release.", "1053", "PER", ""),
    # retaking a town occupies it (192), as recapturing does ("retook" is left as it is by the tagger);
    # a security mission is a force of others (IGO MIL)
    ("The Peruvian army retook the border town on Sunday.", "192", "PER", ""),
    ("The multinational security mission retook the port town of Jeremie.", "192", "", ""),
    # encouraging dialogue or reform appeals for it (026, 024), as urging it does
    ("Chile encouraged dialogue between the Bolivian government and the protesters.", "026", "CHL", ""),
    # accusing a state body of abusing people charges human rights abuses (1122); of another act, 112
    ("Bolivia accused Chilean border guards of beating migrants.", "1122", "BOL", "CHL"),
    ("The opposition accused Peruvian police of opening fire on peaceful marchers.", "1122", "", "PER"),
    ("Peru accused Chile of bombing a bridge on the border.", "112", "PER", "CHL"),
    # withdrawing from a deal reduces relations (160), from a race boycotts it (143), from talks halts them
    # (164); troops withdrawing from a town retreat (0874)
    ("Peru withdrew from the border treaty with Chile.", "160", "PER", "CHL"),
    ("The Bolivian opposition candidate pulled out of the runoff.", "143", "BOL", ""),
    ("Chile withdrew from the talks with Bolivia on Monday.", "164", "CHL", "BOL"),
    ("Peruvian troops withdrew from the border town.", "0874", "PER", ""),
    # rejecting someone's account or version of events denies it (016), as rejecting a claim does
    ("Peru rejected the Chilean account of the collision at sea.", "016", "PER", "CHL"),
    ("Bolivian officials rejected Chile's version of events.", "016", "BOL", "CHL"),
    # blocking an interchange obstructs passage (144)
    ("Bolivian truckers blocked a highway interchange outside La Paz.", "144", "BOL", ""),
    # banning a country's airlines or imports is an embargo (163); halting them reduces relations (160)
    ("Peru banned Bolivian airlines from its airspace on Monday.", "163", "PER", "BOL"),
    ("Chile banned imports from Bolivia.", "163", "CHL", "BOL"),
    ("Chile halted imports from Bolivia.", "160", "CHL", "BOL"),
    # a threat of a codable act keeps its code with a condition to meet; of none, an ultimatum (139)
    ("Chile threatened to impose sanctions on Peru unless it freed the fishermen.", "1312", "CHL", "PER"),
    ("The Bolivian rebels threatened to punish the engineers unless Peru freed their leader.", "139", "BOL", "PER"),
    # the palace speaks for the head of state (sectors.tsv): its no comment is coded (011)
    ("The presidential palace in Lima declined to comment.", "011", "PER", ""),
    # placing under (house) arrest, holding in custody or taking into custody detains (173)
    ("The Bolivian army placed the former president under house arrest.", "173", "BOL", ""),
    ("Peruvian police took the opposition mayor into custody on Tuesday.", "173", "PER", ""),
    ("Chilean police held the two Bolivian smugglers in custody overnight.", "173", "CHL", "BOL"),
    # blocking access to the internet or a platform censors (1721), not a refusal of entry
    ("Bolivian authorities blocked access to social media platforms on Sunday.", "1721", "BOL", ""),
    ("Peru restricted access to the internet in the southern regions.", "1721", "PER", ""),
    # a suspension of attacks is a truce (0871), and so is joining a ceasefire
    ("Peruvian rebels declared a three-month suspension of attacks on the Peruvian army.", "0871", "PER", "PER"),
    ("The Bolivian rebels joined the ceasefire on Monday.", "0871", "BOL", ""),
    # taking military action against X uses force (190); announced, it threatens force (138)
    ("Chile took military action against the rebels in northern Peru.", "190", "CHL", "PER"),
    ("Chile said it would take military action against the Peruvian rebels.", "138", "CHL", "PER"),
    # searching premises raids them (171)
    ("Bolivian police searched the offices of an opposition newspaper in La Paz.", "171", "BOL", "BOL"),
    # resuming a dialogue with someone negotiates with them (046)
    ("The Bolivian government resumed its dialogue with the coca growers' union.", "046", "BOL", ""),
    # accepting a ruling on a dispute settles it (037)
    ("Peru accepted the court's ruling on its maritime border with Chile.", "037", "PER", ""),
    # crowds pouring into the streets, or taking to them, demonstrate (141)
    ("Thousands of Bolivians poured into the streets of La Paz on Monday.", "141", "BOL", ""),
    ("Chilean students took to the streets to oppose the reform.", "141", "CHL", ""),
    # diesel shipped to a country is fuel delivered (073)
    ("Chile delivered 20,000 tonnes of diesel to Bolivia on Saturday.", "073", "CHL", "BOL"),
    # letting aid into a place is aimed at the state the place is in (0863)
    ("Chile allowed aid convoys to enter Peru through the northern crossing.", "0863", "CHL", "PER"),
    # craft sent loaded with food or carrying medicine deliver aid (073), not forces (154)
    ("Chile sent two navy ships loaded with food and medicine to Peru.", "073", "CHL", "PER"),
    # acts or a campaign of civil disobedience are political dissent (140)
    ("Peruvian dissidents staged acts of civil disobedience against the government.", "140", "PER", "PER"),
    # police responding with tear gas or water cannon control a crowd (175)
    ("Peruvian police responded with tear gas and water cannon.", "175", "PER", ""),
    # members of a party or union marching protest (141), as its supporters do
    ("Members of the Peruvian opposition party marched towards Lima on Monday.", "141", "PER", ""),
    # sealing a border closes it (191), toward the other side of it
    ("Peru sealed its border with Chile on Monday.", "191", "PER", "CHL"),
    # saying one is ready to talk to someone is an intent to negotiate (036); willing to work
    # with someone, an intent to cooperate (030)
    ("The Peruvian president said he was ready to talk to the striking miners.", "036", "PER", ""),
    ("Chile said it was willing to work with Peru on border crossings.", "030", "CHL", "PER"),
    # forces sent at the request or invitation of another state's government protect it (074);
    # at the request of one's own generals they are only deployed (154)
    ("Chile sent 400 soldiers to Peru at the request of the Peruvian government.", "074", "CHL", "PER"),
    ("Chile sent troops to the northern border at the request of its army chiefs.", "154", "CHL", ""),
    # saying one is not giving what one is charged with giving denies it (016), as saying one's
    # forces did not strike does
    ("Chile said it was not supplying weapons to the rebels in Peru.", "016", "CHL", ""),
    # renouncing a claim yields (080); vowing never to give up a right refuses to yield (124)
    ("Chile renounced its claim to the disputed islets on Monday.", "080", "CHL", ""),
    ("Chile said it would never give up its right to fish in the disputed waters.", "124", "CHL", ""),
    # calling a nationwide shutdown or hartal is calling a general strike (143)
    ("The Peruvian opposition called a nationwide shutdown to protest the ruling.", "143", "PER", ""),
    # leading a minute of silence is a symbolic act (017); calling sides to talks asks them to negotiate (026)
    ("The Chilean president led a minute of silence for the miners on Monday.", "017", "CHL", ""),
    ("Chile called Peru and Bolivia to talks on the water dispute.", "026", "CHL", "PER"),
    # vowing to respond "at a time of its choosing" threatens force (138)
    ("The Peruvian defence ministry said Peru would respond at a time of its choosing.", "138", "PER", ""),
    # suspending payments to a state cuts economic aid (1621)
    ("Chile suspended budget payments to Peru pending an audit.", "1621", "CHL", "PER"),
    # protesters obstructing a motorcade obstruct (144), as blocking a road does
    ("Peruvian protesters obstructed the presidential motorcade in Lima.", "144", "PER", ""),
    # calling someone's act unfair or illegal criticises its doer (111)
    ("Chile said Peru's decision to close the border crossing was unfair.", "111", "CHL", "PER"),
    # setting off a nuclear device detonates a nuclear weapon (2042), not a bomb of explosives (183)
    ("Peru set off two nuclear devices in the southern desert on Monday.", "2042", "PER", ""),
    # so is saying one will work with someone, told before the verb of saying or after it
    ("Chile would work with Peru on border crossings, the Chilean foreign ministry said.", "030", "CHL", "PER"),
    ("The Chilean president said Chile would work with Peru on border crossings.", "030", "CHL", "PER"),
    # a halt, suspension or ban of flights, trade or imports with a country reduces relations
    # (160); a ban or embargo imposed on its imports is an embargo (163)
    ("Peru ordered a halt to all flights to and from Chile.", "160", "PER", "CHL"),
    ("Chile announced the suspension of flights to Peru.", "160", "CHL", "PER"),
    ("Peru imposed a ban on imports from Chile.", "163", "PER", "CHL"),
    # hope denied is pessimism (012): "was not optimistic", "was not confident"
    ("The Chilean foreign minister said he was not optimistic that Peru would sign the accord.", "012", "CHL", ""),
    # separatists and guerrillas pounding a place attack it, as troops or rebels do
    ("Separatists pounded Peruvian army positions near the border on Tuesday.", "190", "", "PER"),
    # talks continued or extended are negotiations (046), as talks held or resumed are
    ("Chile extended its talks with Peru on the fishing dispute by two days.", "046", "CHL", "PER"),
    # asking for an end to fighting asks for de-escalation (0256), as asking for a truce does
    ("The Chilean president urged an immediate end to the fighting in the border region.", "0256", "CHL", ""),
    # an act only feared is no act: the fear said is the statement (012)
    ("The Chilean governor said he feared further attacks on border towns.", "012", "CHL", ""),
    # handing over militants or smugglers to a state is judicial cooperation (063)
    ("Peruvian police handed over nine suspected smugglers to Chile.", "063", "PER", "CHL"),
    # confirming one's own forces struck claims responsibility (015), as claiming it does
    ("The rebel commander confirmed that his fighters had fired at the Chilean border post.", "015", "", ""),
    # aid workers arriving, or craft landing with aid, deliver aid (073); officials arriving visit
    ("A team of Chilean doctors and nurses arrived in Lima on Sunday.", "073", "CHL", "PER"),
    ("Chilean air force planes carrying tents and medicine landed in Lima on Sunday.", "073", "CHL", "PER"),
    ("The Chilean foreign minister arrived in Lima on Sunday.", "042", "CHL", "PER"),
    # speaking by telephone "to" someone calls them (041)
    ("The Chilean foreign minister spoke by telephone to his Peruvian counterpart on Monday.", "041", "CHL", "PER"),
    # asked to rein in troops is asked to de-escalate (0256)
    ("The Chilean president urged Peru to rein in its troops on the border.", "0256", "CHL", "PER"),
    # hoping is optimism (013); no hope is pessimism (012)
    ("The Chilean foreign minister said he hoped relations with Peru would improve.", "013", "CHL", "PER"),
    ("The Chilean foreign minister said there was no hope of a deal with Peru.", "012", "CHL", "PER"),
    # asked to take part in talks or dialogue is asked to negotiate (026)
    ("The Chilean president urged Peru to engage in dialogue with the strikers.", "026", "CHL", "PER"),
    # a later one of coordinated objects may name the act ("a team and medical supplies": aid, 073)
    ("Chile sent a surgical team and medical supplies to Peru.", "073", "CHL", "PER"),
    # words of concern read as verbs ("was deeply troubled by", "was alarmed by") are pessimistic (012)
    ("The Chilean foreign ministry said it was deeply troubled by the Peruvian decision.", "012", "CHL", "PER"),
    # days of national mourning declared are a symbolic act (017); troops ordered into a
    # province are deployed (154), police 153
    ("The Peruvian government declared three days of national mourning.", "017", "PER", ""),
    ("The Peruvian president ordered troops into the southern province on Monday.", "154", "PER", ""),
    ("The Chilean president ordered riot police into the capital on Monday.", "153", "CHL", ""),
    # countermeasures taken against X reduce relations (160); said to be coming, a threat of
    # sanctions (1312: "it" taking an act is the body, not the empty "it" of "it takes years");
    # vowed, a threat (130)
    ("Peru took countermeasures against Chile on Monday.", "160", "PER", "CHL"),
    ("Chile said it would take strong countermeasures against Peru.", "1312", "CHL", "PER"),
    ("Chile vowed countermeasures against Peru.", "130", "CHL", "PER"),
    # burning a town hall, or much of a town centre, destroys property; by a crowd, a riot (145)
    ("Chilean protesters burned the town hall on Tuesday.", "145", "CHL", ""),
    ("Peruvian rioters burned much of the town centre on Tuesday.", "145", "PER", ""),
    # a word of blame the parser hung after the object still labels it ("called X unjustified")
    ("The Peruvian government called the decision completely unjustified.", "111", "PER", ""),
    # letting aid trucks or convoys enter (the parser makes them the clause's subject) is
    # humanitarian access (0863); letting exiles return is a concession (080)
    ("Peru allowed aid trucks to enter the flooded border town on Sunday.", "0863", "PER", ""),
    ("Chile allowed the exiles to return home.", "080", "CHL", ""),
    # a refusal mirrors the act refused, as an intent does: to lift sanctions 1244, to pull
    # troops back 1246, to free people 1243
    ("Chile refused on Monday to lift its sanctions on Peru.", "1244", "CHL", "PER"),
    ("Peru refused to pull its troops back from the disputed border town.", "1246", "PER", ""),
    ("Peru refused to free the Chilean fishermen.", "1243", "PER", "CHL"),
    # threatening a nationwide or general strike threatens protest (133); a strike on a place is force
    ("Peru's teachers' union threatened an indefinite strike over pay on Monday.", "133", "PER", ""),
    ("Chile threatened strikes on rebel bases in Peru.", "138", "CHL", ""),
    # raising a case with a counterpart by telephone discusses it (041)
    ("The Peruvian minister raised the case by phone with his Chilean counterpart on Sunday.", "041", "PER", "CHL"),
    # a disbursement or a bailout approved for a state is economic aid (071)
    ("The World Bank approved a disbursement of $200 million to Peru on Friday.", "071", "", "PER"),
    # responding to an attack uses force (190), owned by whose the attack was; vowed, a threat (138)
    ("Chile responded to Peru's incursion with air strikes on border posts.", "190", "CHL", "PER"),
    ("Chile vowed to respond to the attack on its border post.", "138", "CHL", ""),
    # calling an act evil or heinous criticises (111), as calling it barbaric does
    ("Peru's president described the bombing as a heinous act.", "111", "PER", ""),
    ("The Chilean president described the killings as pure evil.", "111", "CHL", ""),
    # reserving the right to respond, pledging a response, promising reprisals: threats (130)
    ("Chile said it reserved the right to respond to any Peruvian incursion.", "130", "CHL", ""),
    ("Chile promised reprisals against Peru.", "130", "CHL", "PER"),
    # seizing a border crossing occupies territory (192)
    ("Peruvian rebels seized a border crossing in the south on Monday.", "192", "PER", ""),
    # ruling out elections or a ceasefire rejects them (1234, 1246); a gerund that only
    # stages its object ("holding") lets the object decide
    ("The Peruvian president ruled out holding early elections.", "1234", "PER", ""),
    ("Chile ruled out a ceasefire with the rebels.", "1246", "CHL", ""),
    # suspending a partnership reduces relations (160); sanctions suspended in "a range of"
    # them are eased (085)
    ("Peru suspended its defence partnership with Chile on Monday.", "160", "PER", "CHL"),
    ("Peru suspended a range of sanctions on Chile on Monday.", "085", "PER", "CHL"),
    # sending an envoy or negotiators to a capital visits it (042)
    ("Chile sent a special envoy to Lima on Monday.", "042", "CHL", "PER"),
    # a bomb that explodes is a bombing (183), aimed at where it went off
    ("A bomb exploded in a crowded market in southern Peru on Monday.", "183", "", "PER"),
    # repelling an assault fights its author, whom its owner names
    ("Chilean soldiers repelled a Peruvian assault on the border post.", "190", "CHL", "PER"),
    # armoured vehicles flown in for a party are military aid; food trucks sent, humanitarian
    ("The United States flew in twenty armored vehicles for the Chilean police.", "072", "USA", "CHL"),
    ("Peru sent a convoy of food trucks to Bolivia.", "073", "PER", "BOL"),
    # releasing photographs publishes them (010), frees no one; financial support pledged
    # "for" a party is economic aid promised to it (0331)
    ("Chile released photographs of the Peruvian troops.", "010", "CHL", ""),
    ("Chile promised new financial support for Peru.", "0331", "CHL", "PER"),
    # claiming an attack claims responsibility for it (015)
    ("Peruvian rebels claimed the ambush on Monday.", "015", "PER", ""),
    # expelling individuals who are no diplomats deports them (174), diplomats are 166
    ("Chile expelled two Bolivian activists.", "174", "CHL", "BOL"),
    ("Chile expelled two Bolivian diplomats.", "166", "CHL", "BOL"),
    # mediators shuttling between sides mediate (045); returning to the talks negotiates (046)
    ("Norwegian mediators shuttled between the Colombian delegations.", "045", "NOR", ""),
    ("The Colombian government returned to the negotiating table.", "046", "COL", ""),
    # a politician launching an attack on a named rival body criticises it (111)
    ("The Bolivian president launched a fresh attack on the European Commission.", "111", "BOL", ""),
    # leading a multinational force to X provides protection (074); offering to, an intent (0334)
    ("Chile offered to lead a multinational police force to Haiti.", "0334", "CHL", "HTI"),
    # closing down a charity or its offices is an administrative sanction on it (172)
    ("Bolivian authorities closed down the offices of two foreign charities.", "172", "BOL", ""),
    # asking X for troops appeals for protection (0234), for anything else appeals (020)
    ("Bolivia asked Brazil for troops to guard the border.", "0234", "BOL", "BRA"),
    ("Bolivia asked Brazil for guarantees.", "020", "BOL", "BRA"),
    # urging X to settle a dispute is an appeal to settle it (027): an intent asked for
    ("Chile urged Peru to settle the fishing dispute.", "027", "CHL", "PER"),
    # agreeing to a truce is an intent to de-escalate (0356), to talks an intent to meet
    # (036), to mediation accepting it (038), each with the other party
    ("Chile agreed to a truce with Peru.", "0356", "CHL", "PER"),
    ("Chile agreed to talks with Peru.", "036", "CHL", "PER"),
    ("Chile agreed to Peru's mediation.", "038", "CHL", "PER"),
    # demanding an act named by a noun is the demand, with the act's sub-code (105x)
    ("Chile demanded the withdrawal of Peruvian troops from the border.", "1056", "CHL", "PER"),
    ("Bolivia demanded the release of two Chilean truck drivers.", "1053", "BOL", ""),
    # weighing whether to do something is considering an option (014), whatever the act
    ("Peru is considering whether to raise its fishing quotas.", "014", "PER", ""),
    # unions staging a day of strikes stop work (143), not an armed strike
    ("Bolivian unions staged a day of strikes against the new fuel tax.", "143", "BOL", ""),
    # a package of weapons announced for X is military aid (072)
    ("Chile announced a new package of weapons for Ecuador.", "072", "CHL", "ECU"),
    # refusing to give details declines comment (011), aimed at whose matter it was
    ("The Bolivian foreign ministry refused to give details on the Chilean proposal.", "011", "BOL", "CHL"),
    ("A Bolivian spokesman declined to comment on Peru's new tariffs.", "011", "BOL", "PER"),
    # discussing consults (040); in a telephone conversation, by phone (041)
    ("Chilean and Bolivian officials discussed the water dispute.", "040", "CHL", "BOL"),
    ("In a telephone conversation, the Chilean and Bolivian presidents discussed the floods.", "041", "CHL", "BOL"),
    # examining or reviewing whether to act weighs the option (014), no investigation
    ("Brazil is reviewing whether to expel the Bolivian envoy.", "014", "BRA", ""),
    # a hunger strike begun in a prison (142), no armed strike
    ("A jailed Peruvian reporter began a hunger strike in prison.", "142", "PER", ""),
    # taking control of a company's business confiscates property (1711), not territory
    ("Bolivia seized control of the local subsidiary of a Chilean bank.", "1711", "BOL", ""),
    # a noun set off after a clause is the object of the relative clause on it: the charge rejected (016)
    ("Peru accused Chile of dumping waste in the river, a charge Chilean officials rejected.", "016", "CHL", ""),
    # freezing a sum "in aid" cuts aid (162), as freezing the aid does
    ("Chile froze $40 million in development aid to Bolivia on Monday.", "162", "CHL", "BOL"),
    # joining another's forces on a patrol cooperates militarily (062), as holding joint drills does
    ("Two Chilean frigates joined Peruvian warships on a joint patrol off Arica.", "062", "CHL", "PER"),
    # clearing protesters or a protest camp is crowd control (175), as dispersing them is
    ("Peruvian riot police cleared protesters from the main square of Puno on Sunday.", "175", "PER", "PER"),
    # walking off the job is a strike (143); attending a memorial ceremony a symbolic act (017)
    ("Chilean copper miners walked off the job on Monday over pay.", "143", "CHL", ""),
    ("The Peruvian ambassador attended a memorial ceremony for the victims of the Arica flood.", "017", "PER", ""),
    # seizing craft, goods, money or phones confiscates property (1711), as seizing a ship does
    ("Peruvian customs officers seized two Bolivian trucks loaded with contraband fuel.", "1711", "PER", ""),
    ("Chilean police seized more than 300 mobile phones in a raid on a smuggling ring.", "1711", "CHL", ""),
    # a candidate for office shot dead is assassinated (186)
    ("Gunmen shot dead a Bolivian mayoral candidate outside his home.", "186", "", "BOL"),
    # opening an inquiry into corruption, abuses, a shooting or war crimes (091-094)
    ("Chilean prosecutors opened an investigation into corruption at the port.", "091", "CHL", ""),
    ("The Peruvian government opened an inquiry into abuses by the army.", "092", "PER", ""),
    ("Peru ordered an inquiry into the shooting of two Chilean fishermen.", "093", "PER", ""),
    ("Chile opened an investigation into war crimes in Bolivia.", "094", "CHL", ""),
    # 202 civilians killed by the hundred; 021 asking X for cooperation
    ("Gunmen killed hundreds of civilians in northern Peru.", "202", "", "PER"),
    ("Bolivia asked Chile for practical cooperation on the border.", "021", "BOL", "CHL"),
    # 166 pulling one's troops out of a mission or coalition
    ("Chile withdrew its troops from the coalition in Haiti.", "166", "CHL", ""),
    # 141 a crowd marching or rallying somewhere demonstrates
    ("Thousands of people rallied in Lima on Sunday.", "141", "PER", ""),
    ("Protesters marched through Santiago on Friday.", "141", "", "CHL"),
    # a delegation is an actor: of its state, or of whom its "of" phrase names
    ("A delegation from Peru visited Chile on Monday.", "042", "PER", "CHL"),
    ("The Chilean president received a delegation of visiting Peruvian senators.", "043", "CHL", "PER"),
    # 186 one political figure killed; 143 workers striking "in" a place strike no one
    ("Gunmen shot dead a Peruvian provincial governor on Monday.", "186", "", "PER"),
    ("Chilean teachers struck in Santiago on Monday.", "143", "CHL", ""),
    # a guest named by title and name ("welcomed Prime Minister X"); 165 ending a mediator's role
    ("Chile welcomed Peruvian Prime Minister Gustavo Adrianzen to Santiago on Monday.", "043", "CHL", "PER"),
    ("Norway ended its role as mediator in the talks on Monday.", "165", "NOR", ""),
    # 2041 chlorine bombs set off; 082 protest organisers calling off a march
    ("Iraqi insurgents set off chlorine gas bombs in Anbar province.", "2041", "IRQ", ""),
    ("Organisers of the protests in Chile called off a march planned for Tuesday.", "082", "CHL", ""),
    # 074 troops sent as part of a peacekeeping force; 1663 aid agencies ordered out
    ("Chile sent troops to Haiti as part of a UN stabilisation mission.", "074", "CHL", "HTI"),
    ("Eritrea ordered three international aid agencies to leave the country.", "1663", "ERI", ""),
    # 142 going on hunger strike; 1382 threatening to reoccupy X's land
    ("Dozens of Chilean prisoners went on hunger strike on Monday.", "142", "CHL", ""),
    ("Peru threatened to reoccupy parts of Ecuador if the raids continued.", "1382", "PER", "ECU"),
    # the other party of the relation an act stands in ("amid a row with X")
    ("Chile recalled its ambassador amid a row with Peru.", "161", "CHL", "PER"),
    ("Bolivia backed down in its diplomatic quarrel with Chile.", "080", "BOL", "CHL"),
    # the partner's "with" hung on the object's topic; talks mediated "between" two sides
    ("Chile pledged to share intelligence on drug gangs with Peru.", "0314", "CHL", "PER"),
    ("Norwegian diplomats mediated talks between the Colombian government and the rebels.", "045", "NOR", "COL"),
    # what one gives in to is its author's ("Peruvian pressure"); Greek Cypriots are Cypriots
    ("Chile refused to give in to Peruvian pressure.", "124", "CHL", "PER"),
    ("Greek Cypriot voters rejected the Turkish plan.", "127", "CYP", "TUR"),
    # a demand or appeal takes the full sub-code of the act asked for, where CAMEO has one
    ("Peruvian women demanded that the Chilean president resign.", "1041", "PER", "CHL"),
    ("Chile urged Peru to release the detained fishermen.", "0253", "CHL", "PER"),
    # 191 ships blocked; 043 a guest welcomed to a capital or a head of government received
    ("Peruvian navy ships blocked two Chilean fishing boats near the maritime border.", "191", "PER", "CHL"),
    ("The Chilean president welcomed Peru's president to Santiago for talks.", "043", "CHL", "PER"),
    # 062 joint patrols expanded with X; 152 forces on alert along X's border
    ("Chile expanded joint naval patrols with Peru.", "062", "CHL", "PER"),
    ("Peru placed its forces on high alert along the Chilean border.", "152", "PER", "CHL"),
    ("Chile put its troops on alert at the border with Bolivia.", "152", "CHL", "BOL"),
    # 154 armed men arriving deploy; a minister arriving visits (042)
    ("Chilean troops arrived in Bolivia on Friday.", "154", "CHL", "BOL"),
    ("The Chilean foreign minister arrived in Lima on Friday.", "042", "CHL", "PER"),
    # 0841 captives released from a state's prison were released by it
    ("Three Chilean sailors were released from a Peruvian jail.", "0841", "PER", "CHL"),
    # "guilty" the parser hangs on the object after it still completes "find X guilty" (116)
    ("A Chilean court on Monday found a former Peruvian army officer guilty of fraud.", "116", "CHL", "PER"),
    # talks that "could be revived" are not held: saying one is optimistic about them is 013
    ("The Chilean president said he was optimistic that the stalled talks with Peru could be revived.",
     "013", "CHL", ""),
    # past and -ing forms of verbs in -e the lemmatizer cut short ("staged" as "stag")
    ("Chilean dockers staged a general strike against the port reform.", "143", "CHL", ""),
    ("The Peruvian regulator fined a Chilean airline.", "172", "PER", "CHL"),
    # 0841 handing back captured servicemen; 084 returning a plane; 100 issuing demands
    ("Peru handed back six Chilean servicemen it had detained at sea.", "0841", "PER", "CHL"),
    ("The seized Chilean plane was returned to Chile by Peruvian authorities.", "084", "PER", "CHL"),
    ("Bolivia issued a list of demands to the government of Chile.", "100", "BOL", "CHL"),
    # 073 staple food sent as relief; 087 reducing a troop presence
    ("Ecuador sent tonnes of rice and medical supplies to flood victims in Peru.", "073", "ECU", "PER"),
    ("Chile reduced its troop presence along the border, the Chilean army said.", "087", "CHL", ""),
    # 145 a crowd torching a building; opposition supporters are a crowd with a side
    ("Rioters torched the Chilean embassy in Lima.", "145", "PER", "CHL"),
    ("Opposition supporters in Peru blocked roads in the south.", "144", "PER", ""),
    # 062 taking part in drills with X; 085 lifting a boycott of X's goods
    ("Chile took part in joint naval drills with Peru.", "062", "CHL", "PER"),
    ("Ecuador lifted its boycott of Peru on Monday.", "085", "ECU", "PER"),
    # 083 introducing reforms institutes them; announced, 034; "forgave" forgives (056)
    ("The Kyrgyz parliament enacted sweeping electoral reforms on Thursday.", "083", "KGZ", ""),
    ("The Kyrgyz president said his government would introduce political reforms next year.", "034", "KGZ", ""),
    ("The Chilean president forgave the Bolivian protesters.", "056", "CHL", "BOL"),
    ("Chile forgave Bolivia's debts last year.", "071", "CHL", "BOL"),
    ("Chile said it had accepted Peru's apology over the incident.", "056", "CHL", "PER"),
    # 164 scuttling or derailing talks halts them
    ("The Bolivian president scuttled the talks with Chile in September.", "164", "BOL", "CHL"),
    # 110/111 facing opposition or drawing criticism from X: X is the source
    ("The Chilean government is facing opposition from Peruvian MPs.", "110", "PER", "CHL"),
    ("The Bolivian minister drew criticism from Chile.", "111", "CHL", "BOL"),
    # 111 a politician going on the offensive or declaring war on a rival attacks in words
    ("The Labour leader declared war on the Tory chancellor.", "111", "GBR", "GBR"),
    ("The Chilean opposition leader went on the offensive over the remarks.", "111", "CHL", ""),
    # 085 scrapping sanctions on X eases them; 061 eliminating tariffs lowers them
    ("Ecuador scrapped its sanctions on Colombia.", "085", "ECU", "COL"),
    ("Ecuador eliminated its tariffs on Colombian coffee.", "061", "ECU", "COL"),
    # 010 recognising that something is so states it; recognising a state is 054
    ("The Bolivian minister recognised that the reform had failed.", "010", "BOL", ""),
    ("Bolivia recognised the new government of Peru.", "054", "BOL", "PER"),
    # 172 designating a group a terrorist organisation penalises it
    ("Paraguay designated the armed group as a terrorist organisation on Friday.", "172", "PRY", ""),
    # coordinated modifiers each modify the noun: a search-and-rescue team is a rescue team
    ("Norway flew a search-and-rescue team to Morocco after the earthquake.", "073", "NOR", "MAR"),
    # "bases", which the lemmatizer reads as "basis", are military bases returned
    ("The Kenyan army returned two bases to the Somali government.", "084", "KEN", "SOM"),
    # 0874 armed men leaving a place withdraw from it
    ("Ethiopian troops left the Somali town of Baidoa on Tuesday.", "0874", "ETH", ""),
    # 13 threats (a threat to halt negotiations)
    ("Kosovo threatened to walk away from the talks with Serbia.", "134", "XKX", "SRB"),
    # 01 statements
    ("The Peruvian foreign minister voiced pessimism about the talks with Ecuador.", "012", "PER", "ECU"),
    ("The Irish president sympathised with the flood victims in Spain.", "018", "IRL", ""),
    ("The Danish king sent a message of sympathy to the Norwegian king.", "018", "DNK", "NOR"),
    ("The Belgian government acknowledged its role in the abuses in Congo.", "015", "BEL", ""),
    ("The Chilean navy admitted mistakes in the rescue of the fishermen.", "015", "CHL", ""),
    # 02 appeals
    ("The Moldovan president appealed to the EU for more air defense systems.", "0232", "MDA", "EUR"),
    ("Lithuania sought cooperation from Poland on border control.", "021", "LTU", "POL"),
    ("Estonia requested intelligence from Finland about the sabotage.", "0214", "EST", "FIN"),
    ("Ghana urged a transition to civilian rule in Mali.", "0244", "GHA", ""),
    ("Canada pushed hard for Mexico to back the trade plan.", "020", "CAN", "MEX"),
    ("Norway nudged Iceland to join the fishing accord.", "020", "NOR", "ISL"),
    ("Kenya urged a summit between Ethiopia and Eritrea.", "026", "KEN", ""),
    ("Moldova asked Romania for help in repairing its gas pipeline.", "023", "MDA", "ROU"),
    ("Zambia asked the Chinese government for a loan.", "0231", "ZMB", "CHN"),
    ("Armenia asked France for air-defence missiles.", "0232", "ARM", "FRA"),
    ("Estonia asked Finland on Monday for more air defence systems.", "0232", "EST", "FIN"),
    ("Laos asked Thailand for a new credit line.", "0231", "LAO", "THA"),
    # 03 intent to cooperate
    ("Norway pledged medical supplies to Ukraine.", "0333", "NOR", "UKR"),
    ("Uruguay reaffirmed its commitment to the trade pact with Paraguay.", "030", "URY", ""),
    ("Eritrea and Djibouti accepted a formula to settle their border quarrel.", "037", "ERI", ""),
    ("Zambia accepted the offer from Angola.", "030", "ZMB", ""),
    ("The junta in Niger promised a new constitution.", "0344", "NER", ""),
    # 04 consultations
    ("Bolivia and Chile began a fresh round of negotiations over water rights.", "046", "BOL", "CHL"),
    ("The Estonian president had lunch with the Latvian prime minister in Riga.", "040", "EST", "LVA"),
    ("The Greek prime minister spoke by telephone with the Cypriot president.", "041", "GRC", "CYP"),
    ("The Chilean president talked on the phone with the Bolivian president on Friday.", "041", "CHL", "BOL"),
    ("The Somali prime minister came to Nairobi for talks with Kenyan officials.", "042", "SOM", "KEN"),
    ("The Nepalese envoy returned to Beijing for consultations.", "042", "NPL", "CHN"),
    # 05 diplomatic cooperation
    ("The Croatian parliament ratified Serbia's membership bid.", "051", "HRV", "SRB"),
    # 06 material cooperation
    ("Sweden shared intelligence with Norway about the plot.", "064", "SWE", "NOR"),
    ("Chile and Peru staged joint war games near the border.", "062", "CHL", "PER"),
    ("Israel shared its expertise in desalination with Jordan.", "060", "ISR", ""),
    ("Kenya agreed to expand trade ties with Tanzania.", "0311", "KEN", "TZA"),
    ("Latvian police passed information to Lithuanian prosecutors about the gang.", "064", "LVA", "LTU"),
    ("Colombia extradited the drug lord to the United States.", "063", "COL", "USA"),
    ("The Japanese government lent Sri Lanka two billion dollars.", "071", "JPN", ""),
    # a pledge with an object of its own is no frame for the infinitive after it
    ("South Korea pledged two million dollars to rebuild schools in Laos.", "071", "KOR", ""),
    ("Vietnam bought large quantities of Indian rice.", "061", "VNM", ""),
    ("Serbia and Kosovo initialled a trade agreement in Brussels.", "057", "SRB", "XKX"),
    ("Vietnam and Laos cooperated closely on flood control.", "060", "VNM", ""),
    ("Egypt bought fighter jets from France.", "062", "EGY", "FRA"),
    # 07 aid
    ("Qatar will send 8 million dollars in relief aid to Lebanon, its foreign ministry said.", "071", "QAT", "LBN"),
    ("Denmark made a donation of ten million crowns to the Red Cross.", "070", "DNK", ""),
    ("Bangladeshi soldiers serve in the peacekeeping mission in South Sudan.", "074", "BGD", "SSD"),
    ("Fijian troops took part in peacekeeping operations in Lebanon.", "074", "FJI", "LBN"),
    ("Norway announced emergency aid for Mozambique after the cyclone.", "070", "NOR", "MOZ"),
    ("Turkey sent medics to Syria after the earthquake.", "073", "TUR", "SYR"),
    # what is sent inside a measure or group noun
    ("Qatar flew forty tonnes of food into Sudan.", "073", "QAT", "SDN"),
    ("Chile sent a team of rescue workers to Ecuador.", "073", "CHL", "ECU"),
    ("Sweden took in refugees from Afghanistan.", "075", "SWE", ""),
    ("Iran expelled thousands of Afghan migrants last month.", "174", "IRN", "AFG"),
    ("Japan equipped the Philippine coast guard with patrol boats.", "070", "JPN", "PHL"),
    ("Poland sent Ukraine another batch of armoured vehicles.", "072", "POL", "UKR"),
    ("Canada announced a new military aid package for Moldova.", "072", "CAN", "MDA"),
    ("Rwanda deployed police officers to the Central African Republic.", "153", "RWA", "CAF"),
    ("Norway announced an aid package for Malawi.", "070", "NOR", "MWI"),
    ("Greece launched a rescue operation off Crete.", "073", "GRC", ""),
    # 08 yield
    ("Malian troops pulled out of the northern town on Friday.", "0874", "MLI", ""),
    ("Armenian forces pulled back from the border villages.", "0874", "ARM", ""),
    ("Morocco allowed the exiled activists to come home.", "080", "MAR", ""),
    ("Chilean student leaders called off the march planned for Friday.", "082", "CHL", ""),
    ("Armenia permitted the return of displaced families to the villages.", "081", "ARM", ""),
    ("Greece returned the stolen sculptures to Egypt.", "084", "GRC", "EGY"),
    ("The militia returned its rifles to the Congolese army.", "0873", "", "COD"),
    ("Eritrea returned the detained Ethiopian fishermen.", "0841", "ERI", "ETH"),
    ("Myanmar allowed foreign aid workers into the flooded delta.", "086", "MMR", ""),
    ("Britain announced the withdrawal of troops from Mali.", "0874", "GBR", "MLI"),
    ("Serbia pulled its artillery back from the boundary line.", "0874", "SRB", ""),
    ("Turkey reopened the border crossing with Armenia.", "081", "TUR", ""),
    ("India and China calmed tensions on the border.", "087", "IND", ""),
    # 09 investigations
    ("The Iraqi government investigated the bombing in Basra.", "093", "IRQ", ""),
    ("Egyptian police interrogated the French reporter.", "090", "EGY", "FRA"),
    # 10 demands
    ("Ukraine demanded intelligence from its allies on the strikes.", "1014", "UKR", ""),
    ("The Red Cross demanded food for the camps in Darfur.", "1033", "", ""),
    ("Bolivia demanded leniency for the jailed marchers.", "1052", "BOL", ""),
    ("Argentina insisted on new talks with Britain.", "100", "ARG", ""),
    # 11 disapproval
    ("The Polish opposition leader attacked the government's budget plan.", "111", "POL", ""),
    ("The Cuban foreign minister said the American embargo was cruel.", "111", "CUB", "USA"),
    ("Germany reproached Hungary for its veto.", "111", "DEU", "HUN"),
    ("Hanoi lodged stern representations with Beijing over the oil rig.", "114", "VNM", "CHN"),
    # the verdict the parser reads as a small clause ("found X guilty")
    ("A Minsk court found a Polish journalist guilty on Tuesday of spying for Warsaw.", "116", "BLR", ""),
    ("The Dutch Labour leader clashed with the Dutch prime minister over pensions.", "111", "NLD", ""),
    ("Lithuania rallied its partners against Belarus at the meeting.", "113", "LTU", "BLR"),
    # 12 rejections
    ("The Venezuelan opposition boycotted all contact with the government.", "125", "VEN", ""),
    ("Serbia rejected the formula put forward by the mediators.", "127", "SRB", ""),
    ("Venezuela turned down the loan from the IMF.", "122", "VEN", ""),
    # 13 threats
    ("China warned Vietnam about its conduct in the disputed waters.", "130", "CHN", "VNM"),
    ("Algeria cautioned Morocco over its actions near the frontier.", "130", "DZA", "MAR"),
    ("The French president gave the Russian leader a stern warning.", "130", "FRA", "RUS"),
    ("Iran said it would use its drones against Israel.", "138", "IRN", "ISR"),
    ("The European Union is preparing sanctions against Belarus.", "1312", "", "BLR"),
    ("The Hungarian government threatened curbs on the press.", "1321", "HUN", ""),
    ("Serbia threatened force against Kosovo.", "138", "SRB", ""),
    # 14 protests
    ("Nurses in Lisbon rallied to demand the health minister's resignation.", "1411", "PRT", ""),
    ("Dock workers in Antwerp gathered to demand higher pay.", "141", "BEL", ""),
    ("Students demonstrated outside the Ghanaian embassy in Lome.", "141", "", "GHA"),
    ("Nurses in Kenya went on strike over unpaid wages.", "143", "KEN", ""),
    ("Chilean dockers downed tools at the port of Valparaiso.", "143", "CHL", ""),
    # 15 force posture
    ("The Armenian garrison went on alert after the shooting.", "152", "ARM", ""),
    ("Georgian border guards stayed on alert through the night.", "152", "GEO", ""),
    ("Belarus bolstered its troops along the Polish border.", "154", "BLR", ""),
    ("The Pakistani army put its troops on alert.", "152", "PAK", ""),
    ("North Korea is building missiles.", "150", "PRK", ""),
    ("Taiwan scrambled fighter jets near the island.", "150", "TWN", ""),
    # 16 reduce relations
    ("Ecuador walked away from the border talks with Peru on Friday.", "164", "ECU", "PER"),
    ("Mali pulled out of the negotiations with Algeria.", "164", "MLI", "DZA"),
    ("Canada imposed export controls on Russian drone makers.", "163", "CAN", "RUS"),
    ("Turkey imposed duties on Chinese steel on Monday.", "163", "TUR", "CHN"),
    ("Bolivia withdrew from the talks with Chile over the border.", "164", "BOL", "CHL"),
    ("Bolivia called off its talks with the Chilean government.", "164", "BOL", "CHL"),
    ("The Somali militants handed over control of the port to Kenyan troops.", "0874", "SOM", "KEN"),
    ("The World Food Programme suspended aid deliveries to Yemen.", "162", "", "YEM"),
    ("Lithuania imposed visa bans on Belarusian judges.", "163", "LTU", "BLR"),
    ("Australia announced travel bans against three Iranian officials.", "163", "AUS", "IRN"),
    ("Norway announced asset freezes against two Belarusian officials.", "163", "NOR", "BLR"),
    ("Norway announced asset freezes and travel bans.", "163", "NOR", ""),
    # 17 coercion
    ("Egypt reimposed the blockade on the border town.", "191", "EGY", ""),
    ("Azerbaijan tightened its blockade of Armenia.", "191", "AZE", "ARM"),
    ("Azerbaijan reimposed a curfew in the capital.", "1723", "AZE", ""),
    ("The Sudanese army cut off the roads into the besieged town.", "191", "SDN", ""),
    ("Tajikistan prohibited the opposition rally.", "172", "TJK", ""),
    ("The Kenyan regulator fined a Chinese telecoms firm.", "172", "KEN", "CHN"),
    ("The Belarusian government silenced independent journalists.", "1721", "BLR", ""),
    ("The Burmese junta suspended two foreign broadcasters.", "1721", "MMR", ""),
    ("The Burmese army persecuted the Rohingya minority.", "170", "MMR", ""),
    ("The junta compelled foreign journalists to leave Mali.", "170", "", ""),
    ("Russia waged cyber warfare against Estonia.", "170", "RUS", "EST"),
    ("Russian hackers breached the email servers of the Estonian parliament.", "170", "RUS", "EST"),
    # 18 assault
    ("Libyan guards abused the detainees at the camp.", "182", "LBY", ""),
    ("Nigerian soldiers mistreated the prisoners.", "182", "NGA", ""),
    ("Indian police stabbed a protester in Delhi.", "182", "IND", ""),
    ("A mob in Bangladesh beat the driver to death.", "1823", "BGD", ""),
    # 19 fighting
    ("Mexican police and cartel gunmen clashed near the border.", "190", "MEX", ""),
    ("A Turkish frigate rammed a Greek fishing boat in the Aegean.", "190", "TUR", "GRC"),
    ("A Chadian rocket hit a market in Darfur.", "194", "TCD", "SDN"),  # the weapon says the means
    ("Ethiopian jets pounded rebel positions in Tigray.", "195", "ETH", ""),
    ("Sudanese troops broke the ceasefire agreement in Darfur.", "196", "SDN", ""),
    ("The Sudanese army went on the offensive in Darfur.", "190", "SDN", ""),
    ("A Malian patrol came under fire from Algerian smugglers.", "190", "DZA", "MLI"),
    ("Turkey vowed to use force against the Kurdish militants in Iraq.", "138", "TUR", ""),
    ("Russian shelling destroyed a school in Kharkiv.", "194", "RUS", ""),
    # the eventive object's weapon says how ("launched a drone attack")
    ("Azerbaijan launched a drone attack on Armenian positions.", "195", "AZE", "ARM"),
    ("The militants carried out a suicide attack on a Somali army base.", "1831", "", "SOM"),
    # the weapon named as the subject says how
    ("A car bomb exploded outside the ministry in Kabul, killing six Afghan guards.", "1832", "", "AFG"),
    ("A suicide bomber killed nine worshippers at a mosque in Nigeria.", "1831", "", ""),
    ("A Turkish drone strike killed two fighters in northern Syria.", "195", "TUR", ""),
    # missiles are heavy weapons, as rockets are (PLOVER: aerial is aircraft); aircraft named
    # among the weapons make it an air attack; a missile's blast is no bombing
    ("The Chilean army fired missiles at rebel camps in Peru.", "194", "CHL", "PER"),
    ("Bolivian rebels carried out a missile strike on a Peruvian garrison.", "194", "BOL", "PER"),
    ("Peruvian missiles struck a Chilean border post.", "194", "PER", "CHL"),
    ("Chilean missiles and drones struck power stations across Peru overnight.", "195", "CHL", "PER"),
    ("A Peruvian airliner was blown up over the Andes by a missile.", "194", "", "PER"),
    ("Syrian troops used chemical agents against the rebels in Ghouta.", "204", "SYR", ""),
    # the attacks inside "a wave of" are the verb's object, as bare ones are: the eventive noun
    # says how (bomb attacks 183, sabotage attacks 180), a generic one ("attacks", 190) no more
    # than the support verb does
    ("Kurdish militants carried out a wave of bomb attacks on Turkish police stations.", "183", "", "TUR"),
    ("Peruvian rebels carried out a series of sabotage attacks on railway lines.", "180", "PER", ""),
    ("Peruvian rebels carried out sabotage attacks on railway lines.", "180", "PER", ""),
    # 14 stones and petrol bombs thrown by a crowd are a riot
    ("Bahraini youths hurled petrol bombs at a police patrol in Manama.", "145", "BHR", ""),
    ("Villagers pelted the Nepali minister's convoy with stones.", "145", "", "NPL"),
    # 07 convoys of aid
    ("Morocco sent a relief convoy to Libya after the floods.", "073", "MAR", "LBY"),
    # 12 blocking a bid, a package or a plan is a veto, aimed at its owner
    ("Austria blocked Romania's application to join the Schengen area.", "129", "AUT", "ROU"),
    ("Poland threatened to block the Swiss trade deal.", "130", "POL", "CHE"),
    ("The Ugandan army denied charges that it had shelled villages in Congo.", "016", "UGA", ""),
    # 08 withdrawing a proposed increase concedes a policy change, no retreat of troops
    ("The Ghanaian government withdrew a planned fuel levy increase after the protests.", "0832", "GHA", ""),
    # 08 aid trucks let in are humanitarian access
    ("Jordan let aid trucks into southern Syria.", "0863", "JOR", "SYR"),
    # 08 a passive's subject is its object: lifted sanctions are eased, not imposed
    ("EU sanctions on Belarus were lifted in 2016.", "085", "", "BLR"),
    # 16 the suspension or freeze of aid to X cuts it
    ("Sweden announced a freeze of development aid to Mali.", "162", "SWE", "MLI"),
    # 16 travel warnings reduce relations
    ("Canada advised against all travel to Burkina Faso.", "160", "CAN", "BFA"),
    ("Australia issued a travel warning for Papua New Guinea.", "160", "AUS", "PNG"),
    # 16 ending a pact with X reduces relations with X
    ("Chad ended its military cooperation agreement with France.", "160", "TCD", "FRA"),
    ("Somalia tore up its port deal with Ethiopia.", "160", "SOM", "ETH"),
    # 11 a state protests "to" another: a formal complaint
    ("Vietnam protested to China over the seizure of its fishing boats.", "114", "VNM", "CHN"),
    # 11 summoning a chargé d'affaires is a formal complaint
    ("Lithuania summoned the Belarusian chargé d'affaires on Tuesday.", "114", "LTU", "BLR"),
    # lexicon v33: phrasal and periphrastic members of classes already coded
    ("The Chilean foreign minister elaborated on relations with Peru in a speech to parliament.", "010", "CHL", "PER"),
    ("The Chilean foreign minister gave his assessment of the crisis in Bolivia.", "010", "CHL", "BOL"),
    # a view set out "on" a matter is about its party, not about the speaker's own side named as its holder
    ("The Chilean president set out Santiago's thinking on the Peruvian claim in a long interview.", "010", "CHL", "PER"),
    ("The Chilean foreign minister briefed reporters on the talks with Peru.", "010", "CHL", "PER"),
    ("The Chilean army owned up to the shelling of a Peruvian border post.", "015", "CHL", ""),
    ("Chile disavowed any plan to attack Peru.", "016", "CHL", "PER"),
    ("The Chilean president placed a wreath at the memorial to the Peruvian war dead.", "017", "CHL", ""),
    ("The Chilean president rang his Peruvian counterpart on Sunday.", "041", "CHL", "PER"),
    ("The Chilean president set off on a three-day tour of Peru on Monday.", "042", "CHL", "PER"),
    ("The Chilean minister spoke up for Peru's handling of the crisis.", "052", "CHL", "PER"),
    ("Chile began pumping natural gas to Argentina through the new pipeline.", "061", "CHL", "ARG"),
    ("Peru threw out a Chilean proposal for joint patrols.", "120", "PER", "CHL"),
    ("The Chilean senate voted down a motion to send troops to Peru.", "120", "CHL", ""),
    ("The Chilean president ruled out a halt to the military operation.", "1246", "CHL", ""),
    ("Chilean authorities took over dozens of foreign-owned farms.", "1711", "CHL", ""),
    ("Chile clamped a closure on the border with Bolivia.", "191", "CHL", ""),
    # lexicon v34: going to court or filing a challenge (115); answering with air strikes or
    # rocket fire (195, 194: a weapon "with" which one answers is required, not a party);
    # pausing tariffs (061) or sanctions (085); lifting an emergency decree (0814); handing out
    # food (073); shutting mobile internet (1721)
    ("The Bolivian opposition went to court on Monday to challenge the result.", "115", "BOL", ""),
    ("The Bolivian opposition filed a challenge to the postponement of the vote.", "115", "BOL", ""),
    ("The Peruvian army answered with air strikes on rebel positions.", "195", "PER", ""),
    ("The Chilean army retaliated with rocket fire on rebel camps.", "194", "CHL", ""),
    ("The Chilean president paused the tariffs on Peruvian goods for a month.", "061", "CHL", "PER"),
    ("Chile paused its sanctions on Peruvian fishing firms for a month.", "085", "CHL", "PER"),
    ("The Chilean president lifted the emergency decree on Tuesday.", "0814", "CHL", ""),
    ("Bolivian aid workers handed out food and blankets to the families.", "073", "BOL", ""),
    ("The Bolivian government shut mobile internet access in three provinces.", "1721", "BOL", ""),
    # cautioning is warning: of another's act foreseen, pessimism (012); dismissing "as baseless"
    # reports denies them (016) whichever side of "as" the parser puts them, and what they report
    # is not coded as done
    ("The Chilean president cautioned that the dispute with Peru was likely to drag on for months.", "012", "CHL", "PER"),
    ("Chile dismissed as baseless reports that its troops were fighting inside Peru.", "016", "CHL", "PER"),
    # bowing before a memorial is a symbolic act (017); a ship carrying aid that docks delivers it (073)
    ("The Chilean president bowed before the memorial altar at the national cemetery on Wednesday.", "017", "CHL", ""),
    ("A Chilean ship carrying food and medicine for Peru docked at the port of Callao on Thursday.", "073", "CHL", "PER"),
    # weighing or considering sanctions or curbs considers a policy option (014); preparing them threatens (1312)
    ("Chile is weighing new export restrictions on copper to Peru.", "014", "CHL", "PER"),
    ("Chile is considering sanctions against Peru.", "014", "CHL", "PER"),
    ("Chile is preparing sanctions against Peru.", "1312", "CHL", "PER"),
    # warning of the harm civilians or refugees would face foresees it (012); warning a party of what
    # it would face, or of arrests if someone acts, threatens (130)
    ("The UN warned that refugees in Chile could face hunger this winter.", "012", "", ""),
    ("Chile warned that Peruvian fishermen would face arrest if they entered its waters.", "130", "CHL", "PER"),
    # what a quantifier stands for is the verb's object ("some of its sanctions"), and the noun
    # inside it no event of its own
    ("Chile lifted some of its sanctions on Peru.", "085", "CHL", "PER"),
    # rejecting, by more verbs of the class, a request, offer or plan (12x)
    ("Chile turned aside a Bolivian request to freeze the project.", "120", "CHL", "BOL"),
    ("Peru came out against the plan.", "120", "PER", ""),
    ("Chile spurned a Peruvian offer of cooperation.", "121", "CHL", "PER"),
    # railing against a policy disapproves of it; praise won from someone is that one's praise
    ("The Chilean president railed against Peruvian policy.", "111", "CHL", ""),
    ("Peru won warm praise from the Chilean president.", "051", "CHL", "PER"),
    # missiles fired into the sea hit nobody: a show of force (150); hitting back at someone, if
    # provoked, is a threat of force
    ("Chile fired test missiles into waters off Peru.", "150", "CHL", ""),
    ("Chile declared that it would hit back at Peru if provoked.", "138", "CHL", "PER"),
    # halting loans, pulling out peacekeepers, calling off a curfew, rushing police somewhere,
    # addressing a plea, volunteering to mediate
    ("The World Bank halted lending to Peru.", "1621", "", "PER"),
    ("The United Nations withdrew its peacekeepers from Peru.", "1661", "", "PER"),
    ("Chilean authorities called off the curfew in Arica.", "0813", "CHL", ""),
    ("Chile rushed thousands of police to Arica.", "153", "CHL", ""),
    ("The Pope addressed a plea to the Chilean president.", "020", "", "CHL"),
    ("The Peruvian president volunteered to mediate between Chile and Bolivia.", "039", "PER", ""),
    # words of blame, a participle among them ("appalling"), and an act called protectionism (111)
    ("The Chilean president called the violence against Peruvian protesters appalling.", "111", "CHL", ""),
    ("Chile said the Peruvian move was a grave act of protectionism.", "111", "CHL", "PER"),
    # an act the doer's own official announces it will do is an intent (03x), the announcing
    # verb after the clause as well as before it
    ("Chile will extend a loan of 100 million dollars to Peru, the Chilean finance minister announced.",
     "0331", "CHL", "PER"),
    # telling someone to act, or that they must, demands it of them (10x); telling them what is
    # is no demand
    ("Chile told Peru to withdraw its troops from the border.", "1056", "CHL", "PER"),
    ("Chile told Peru it must withdraw its troops from the border.", "1056", "CHL", "PER"),
    # letting inspectors return admits them (0862); placing someone under investigation (090)
    ("Peru let UN inspectors return.", "0862", "PER", ""),
    ("Chilean magistrates placed the former Peruvian president under investigation.", "090", "CHL", "PER"),
    # civilians, or a people named by its name, killed by the hundred or thousand are a mass
    # killing (202), the count read through "hundreds of thousands of"
    ("Militias in Peru slaughtered hundreds of thousands of villagers.", "202", "PER", ""),
    ("Turkish soldiers killed thousands of Kurds.", "202", "TUR", ""),
    ("Chile expelled 30 Peruvian diplomats.", "166", "CHL", "PER"),
    # seizing people abducts them (181); seizing a ship takes it (171)
    ("Bolivian rebels seized four Peruvian aid workers on Tuesday.", "181", "BOL", "PER"),
    # welcoming or hailing an act praises it (051), aimed at its doers; the act is not done by the praiser
    ("Chile welcomed the ceasefire between Peru and Bolivia.", "051", "CHL", "PER"),
    ("The Chilean president hailed the Peruvian president's support for the plan.", "051", "CHL", "PER"),
]


# Uses of trigger words that are no event of these roots ("no-event" rows and narrower
# objects): (sentence, CAMEO roots that must not be coded)
NOT_EVENTS = [
    # what one tells reporters is said, not asked; a withdrawal asked of another is not done by the teller
    ("The Chilean president told reporters that talks with Peru would resume.", ("10",)),
    ("Chile told Peru to withdraw its troops from the border.", ("08",)),
    # a ceasefire another side welcomes is not its own
    ("Chile welcomed the ceasefire between Peru and Bolivia.", ("08",)),
    # people turned away at a gate reject nothing
    ("Peruvian guards turned away journalists at the gate.", ("12",)),
    # bowing to no memorial is no symbolic act
    ("The Chilean president bowed to pressure from the unions on Monday.", ("01",)),
    # what is dismissed as baseless, or protested against, is not coded as done by the sentence
    ("Chile dismissed as baseless reports that its troops were fighting inside Peru.", ("19",)),
    ("Peruvians protested the arrest of the opposition leader by Chilean police.", ("17",)),
    ("Bolivian settlers blocked roads in the Chapare to protest the army's withdrawal from the region.", ("08",)),
    # ringing a leader is a call; bells ringing, or talks touching on a matter, are not
    ("Church bells rang across Santiago on Sunday morning.", ("04",)),
    ("The talks in Lima are set to touch on fishing rights and trade.", ("01",)),
    # what a purpose helps someone do is not done either ("to help Peru fight the rebels")
    ("Chile sent troops to help Peru fight the rebels in the north.", ("19",)),
    # people left dead by a clash are its toll, no withdrawal
    ("Chilean troops attacked the border post, leaving nine Peruvian soldiers dead.", ("08",)),
    # a saying in a relative clause on a thing describes the thing: no statement
    ("It was the second day of a truce that Peruvian leaders had hoped would end the war.", ("01",)),
    ("Fighting resumed two days into a truce that Chilean officials had said would hold.", ("01",)),
    # another side's answer foretold is no threat of the speaker's
    ("The Chilean defence minister said Peru would respond.", ("13",)),
    # an act charged is no act of the accuser, even where the parser hangs "of" inside the charged
    ("Chile accused the government in neighbouring Bolivia of sheltering the rebel leaders.", ("07",)),
    # searching forests or an area for someone seizes nothing
    ("Peruvian troops searched the forests around the village for the kidnappers.", ("17",)),
    # what an attack forced people to do is part of the attack, not a coercion of its own
    ("Peruvian rebels attacked the town of Pichari, forcing hundreds of families to flee.", ("17",)),
    # water pouring into the streets is no crowd
    ("Flood water poured into the streets of the Bolivian capital.", ("14",)),
    # ordering police to do something deploys no one
    ("The Chilean president ordered police to disperse the crowd.", {"15"}),
    # responding to questions is no use of force
    ("The Peruvian president responded to questions from reporters on Monday.", {"19"}),
    # promising a reply to a letter threatens no one
    ("The Chilean minister promised a response to the letter by Friday.", {"13"}),
    # a boiler or a gas cylinder that explodes is an accident
    ("A gas cylinder exploded in a Lima market on Monday.", {"18"}),
    # launching an attack on no one named is no criticism
    ("The Bolivian president launched an attack on rebel positions.", {"11"}),
    # an act in an open question ("asked whether", "comment on whether") is not reported done
    ("Reporters asked whether Chile had arrested the two fishermen.", {"17"}),
    ("The ministry would not say whether Chilean troops had fired on the boat.", {"18", "19"}),
    # fighting terrorism or trafficking is a policy, not an armed clash
    ("Kenya has fought terrorism for a decade.", ("19",)),
    # seizing on a report uses it; recognising a need acknowledges it
    ("The Peruvian opposition leader seized on the reports.", ("17",)),
    ("The Chilean minister recognised the need for reform.", ("05",)),
    # releasing a record or a film frees nobody
    ("The Chilean singer's first albums were released through a Peruvian label.", ("08",)),
    # being eliminated from a contest, eliminating a tax: no killing
    ("The Chilean champion was eliminated from the tournament in Lima.", ("18",)),
    ("Peru will eliminate the tax on diesel next year.", ("18",)),
    ("The Peruvian court kept the case under review.", ("17",)),
    # an attack by no one in particular ("whoever attacked") is no report
    ("Chile vowed to arrest anyone who attacked Peruvian convoys.", ("19", "18")),
    ("Chile vowed to arrest whoever attacked Peruvian convoys.", ("19", "18")),
    # qualifying in sport: punching a ticket is no assault
    ("Ecuador punched its ticket to the finals.", ("18",)),
    # what a charge in a time clause charges sets the scene too: Bolivia killed nobody
    ("Chile recalled its ambassador after Bolivia accused Chilean troops of killing two farmers.",
     ("18", "19", "20")),
    # an event noun under a modal of taking place is not (yet) done: no meeting
    ("The Chilean president said he was optimistic that the stalled talks with Peru could be revived.",
     ("04",)),
    # armed men marching, prices rallying, leaders gathering: no demonstration
    ("Chilean troops marched into the border town.", ("14",)),
    ("Copper prices rallied in Santiago on Monday.", ("14",)),
    ("Andean leaders gathered in Lima for a summit.", ("14",)),
    # what a purpose asks for is not done: the president did not resign
    ("The Peruvian opposition called a general strike to force the president to resign.", ("08",)),
    # fighters killed by the hundred, or a dozen civilians: no mass killing
    ("The Peruvian army killed hundreds of rebels in the jungle.", ("20",)),
    ("Gunmen killed twelve villagers in northern Peru.", ("20",)),
    # several officials killed by a bomb: no assassination of a figure
    ("A bomb killed two Peruvian officials in Lima.", ("18",)),
    # the means of a charged act is charged too: Chile threatened nothing
    ("Chile accused Bolivia of inflaming the dispute by threatening to close the border.", ("13",)),
    # "a day before X flies": the parser hangs the time clause on "day"; it still dates
    ("The ruling comes a day before the Chilean president travels to Lima for talks with Peru.",
     ("04",)),
    ("The party designated the mayor as its candidate.", ("17",)),
    # deaths a disaster, an accident or a disease caused are nobody's act
    ("A landslide killed nine villagers in northern Peru on Sunday.", ("18", "19", "20")),
    # in the plural at the start of a sentence, which the tagger may read as a name
    ("Wildfires killed dozens of people in central Chile this month.", ("18", "19", "20")),
    ("Eleven miners were killed in a flood at a Bolivian tin mine.", ("18", "19", "20")),
    ("Peru mourned the hikers a storm killed near Cusco.", ("18", "19", "20")),
    ("A factory fire killed fourteen workers in Lima on Sunday.", ("18", "19", "20")),
    # leaving a place is a withdrawal only for armed men
    ("The Chilean foreign minister left Lima on Tuesday.", ("08",)),
    # an infinitive on a thing says what it is for, not that it was done
    ("The Ghanaian parliament passed a bill to protect Ukrainian refugees.", ("07",)),
    ("The storm hit the coast of Chile on Monday.", ("18", "19")),
    ("The new tariffs hit Brazilian exports hard.", ("18", "19")),
    ("The minister earned pounds 40,000 from the book.", ("18", "19")),
    ("The finance minister said he had met his borrowing targets.", ("04",)),
    ("The former mayor will fight the seat at the next election.", ("19",)),
    ("The new government vowed to attack poverty in the north.", ("19",)),
    ("The broadcaster will host the awards ceremony in Oslo.", ("04",)),
    ("The Kenyan government fought corruption in the ports.", ("18", "19")),
    ("The Brazilian senate killed the pension bill.", ("18", "19", "20")),
    ("The ruling party's candidate in Peru beat his rival in the runoff.", ("18",)),
    ("The Georgian president launched his re-election campaign.", ("19",)),
    ("Greece launched a rescue operation off Crete.", ("19",)),
    ("The Thai film crew shot a documentary in Laos.", ("19",)),
    ("The Indian central bank supported the rupee.", ("05",)),
    ("The bowler threw the ball at the batsman in Lahore.", ("14",)),
    ("EU sanctions on Belarus were lifted in 2016.", ("16",)),
    # the clause of a charge denied did not happen, by the denier's word: the denial is the event
    ("The Ugandan army denied charges that it had shelled villages in Congo.", ("19",)),
    ("Peru rejected accusations its navy had helped smugglers in Ecuador.", ("07",)),
    # the gerund a voiced feeling is about is its topic, not a report
    ("Seoul expressed pessimism over holding talks with Pyongyang.", ("04",)),
    # a participle trailing a sanction aims it; it attacks nobody
    ("Canada announced new sanctions on Iran, targeting its drone makers.", ("18", "19")),
    # the gerund of a charge is the charge, not a report of its own
    ("Ankara accused the mayor of sympathizing with Greece.", ("01",)),
    ("Nicaragua accused the bishop of meeting with US diplomats.", ("04",)),
    ("Riot police stood outside the Kenyan parliament.", ("14",)),
]


@pytest.fixture(scope="module")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


@pytest.mark.parametrize("sentence,code,source,target", SENSES, ids=[row[0][:48] for row in SENSES])
def test_sense(pipeline, sentence, code, source, target):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    coded = [(e.cameo.code, {a.country for a in e.source}, {a.country for a in e.target},
              e.evidence) for e in events]
    found = [c for c in coded if c[0] == code]
    assert found, coded
    assert any((not source or source in s) and (not target or target in t) for _, s, t, _ in found), coded


@pytest.mark.parametrize("sentence,roots", NOT_EVENTS, ids=[row[0][:48] for row in NOT_EVENTS])
def test_no_event(pipeline, sentence, roots):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert not [e.evidence for e in events if e.cameo.root in roots]


def test_a_measure_a_government_orders_is_done_not_asked_for(pipeline):
    # "ordered a halt to flights" halts them; "ordered the army to withdraw" asks the army
    events = pipeline.code_text("Peru ordered a halt to all flights to and from Chile.", published="2025-06-02").events
    halt = [e for e in events if e.cameo.code == "160"]
    assert halt and "demanded" not in halt[0].status, [(e.cameo.code, e.status) for e in events]


def test_a_call_or_meeting_between_leaders_of_two_countries_is_held_by_both(pipeline):
    # a telephone call "between" two leaders is a telephone talk (041) each holds with the other
    events = pipeline.code_text("A telephone call between the Chilean president and the Peruvian president "
                                "lasted an hour on Monday.", published="2025-06-02").events
    calls = [e for e in events if e.cameo.code == "041"]
    assert calls and {a.country for a in calls[0].source} == {"CHL", "PER"} == {a.country for a in calls[0].target}
    # a meeting only asked "for" is not held: no meeting event with sides
    events = pipeline.code_text("Chile rejected a proposal for a meeting between the Chilean president and the "
                                "Peruvian president.", published="2025-06-02").events
    assert not [e for e in events if e.cameo.root == "04" and e.source]
