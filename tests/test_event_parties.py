"""Who did it and to whom where the parse hides a party: classes of construction, one
sentence of our own each, through the real pipeline (none comes from a gold set).

Each row: the sentence, the CAMEO code of the event (or its first digits; "" for any
event), and the source and target countries it must carry ("" for a side the row does
not check).
"""

from __future__ import annotations

import pytest

from dateline.actors import story_country

pytestmark = pytest.mark.slow

PARTIES = [
    # "struck what officials described as camps in Z": the thing named, and where it is
    ("Chilean jets struck what officials described as rebel camps in northern Peru.", "195", "CHL", "PER"),
    # a protest held at a body's building is aimed at that body, not at the town it stands in
    ("Hundreds of students gathered outside the Peruvian embassy in Santiago on Monday.", "14", "CHL", "PER"),
    # a place near which force struck names the target
    ("Chilean jets bombed depots near the Peruvian town of Tacna on Friday.", "195", "CHL", "PER"),
    # a state body's act but force, in a sentence naming no other country: its party is home
    ("The Peruvian government declared a ceasefire with ethnic armed groups on Tuesday.", "0871", "PER", "PER"),
    # a phrase hung on the last of the pattern's coordinated objects is all of theirs
    ("Peru imposed travel bans and financial restrictions on Chilean officials last week after the vote.",
     "163", "PER", "CHL"),
    # control of a business is taken from whose the business is
    ("The Peruvian government seized control of the local business of Chilean company Brevanta on Monday.",
     "1711", "PER", "CHL"),
    # an inquiry into an act is aimed at its doer, not at those it was done to
    ("Peruvian prosecutors opened an inquiry into the shooting of protesters by Chilean police.", "09", "PER", "CHL"),
    # "the raid" judged may be told earlier in the same sentence
    ("Chilean troops raided a Peruvian village on Monday, and Peru condemned the raid.", "111", "PER", "CHL"),
    # a crowd storming a building riots (145), as one burning property does
    ("Protesters stormed the Chilean embassy in Lima on Monday.", "145", "PER", "CHL"),
    # a crowd marching, complaining of or denouncing something, protests (141)
    ("Thousands of Chileans rallied in Santiago on Sunday, denouncing the government's pension reform.",
     "141", "CHL", "CHL"),
    # a ship "X-flagged" or "X-owned" is X's: seizing it is aimed at X
    ("Peruvian forces seized a Chilean-flagged tanker off the coast on Monday.", "171", "PER", "CHL"),
    # judging "the incident" judges the act told before
    ("Chilean ships rammed a Peruvian patrol boat on Monday. Peru condemned the incident.", "111", "PER", "CHL"),
    # a finite clause right after which the reported act came is reported too ("declared a
    # curfew after gunmen killed ..."); the main clause's act stays coded
    ("Peru declared a curfew in Puno after Bolivian smugglers killed two customs officers.", "190", "BOL", "PER"),
    ("Peru declared a curfew in Puno after Bolivian smugglers killed two customs officers.", "1723", "PER", "PER"),
    # nor is a pronoun counted out of the object ("18 of them"): the protesters, not the police
    ("Peruvian miners blocked a highway near Arequipa. Chilean police detained 18 of them at the "
     "border.", "173", "CHL", "PER"),
    # an object pronoun is not its own clause's subject: "them" are the rebels
    ("Peruvian rebels crossed the border on Monday, and the Chilean government accused them of "
     "breaking the truce.", "112", "CHL", "PER"),
    # an arrest no one is named making, reported by a body of the state, is that body's
    ("LIMA, PERU \u2014 The Interior Ministry said 40 people had been detained overnight in Lima.",
     "173", "PER", "PER"),
    # claiming "the attack" told before is aimed at that attack's target
    ("Gunmen attacked a Bolivian border post on Monday. A Peruvian rebel group claimed responsibility "
     "for the attack.", "015", "PER", "BOL"),
    # a mediator's role, talks or a rift "between X and Y" relate X and Y
    ("Chile ended its role as mediator between the Bolivian government and Peruvian rebels on Monday.",
     "165", "CHL", "BOL"),
    # a party with no country named by a state body's domestic act is of its country
    ("Bolivian authorities eased restrictions on opposition newspapers on Monday.", "081", "BOL", "BOL"),
    # what "the town of" names is a place, not a person or a body the tagger took it for:
    # the curfew names no party, and is aimed at the country's people
    ("Bolivian authorities imposed a curfew in the eastern town of Villa Quemada on Sunday.", "1723", "BOL", "BOL"),
    # a town the big-place tables lack is the gazetteer's, when one country has all towns of that name:
    # taking it, or a place of it, is aimed at its country
    ("Malian troops retook the northern town of Tessalit from the rebels on Tuesday.", "19", "MLI", "MLI"),
    ("Sudanese jets bombed the market of the town of Kurmuk, a rebel spokesman said.", "19", "SDN", "SDN"),
    ("Colombian marines seized the port of Tumaco, the navy said.", "192", "COL", "COL"),
    # claiming an armed act is aimed at its victims named on it, not at the place it happened
    ("The Chilean defence minister took full responsibility for the air strike on the Bolivian embassy in Lima.",
     "015", "CHL", "BOL"),
    ("Peruvian rebels claimed the bombing of a Chilean consulate in Tacna.", "015", "PER", "CHL"),
    # declining to comment is aimed at the party of another country the question names
    ("The Chilean president's office declined to comment when asked whether Chile had been in contact with "
     "the Bolivian government.", "011", "CHL", "BOL"),
    # asking for captives' release is asking those who hold them, not the captives
    ("Chile called for the release of two Chilean fishermen detained by the Peruvian navy.", "0253", "CHL", "PER"),
    ("Bolivia demanded the release of three Bolivian drivers held by Chilean police in Arica.", "1053", "BOL", "CHL"),
    # a name the tagger took for a place is a town of the gazetteer's when one country has a big
    # enough town of that name (Villazon: some 30,000 people); a hamlet abroad of the name is not it
    ("Peruvian jets bombed rebel camps near Villazon on Friday.", "195", "PER", "BOL"),
    # a town whose name ends in a capital's is that town, not the capital's country
    ("Insurgents overran an army post outside Mocimboa da Praia on Friday.", "19", "", "MOZ"),
    ("Nepalese authorities imposed a curfew in the western town of Kalikot on Sunday.", "1723", "NPL", "NPL"),
    # words with nobody addressed are about the party of another country they name
    ("Chilean officials expressed pessimism about Peru's chances of meeting the deadline.", "012", "CHL", "PER"),
    # so are an intent and a threat with nobody addressed
    ("Chile expressed its readiness to negotiate with Peru over fishing rights.", "03", "CHL", "PER"),
    ("Chile threatened to take Peru's missile tests to the United Nations.", "13", "CHL", "PER"),
    # a threat is aimed at the one whose act is its condition, or whose act will meet it
    ("Chile warned of a firm response if Peru sent warships to the border.", "130", "CHL", "PER"),
    ("Peru threatened new tariffs unless Chile lifted its ban on Peruvian fruit.", "13", "PER", "CHL"),
    ("Chile warned that Peru's decision would provoke a firm response.", "130", "CHL", "PER"),
    ("Chile warned that the truce would collapse if Peru kept shelling the border.", "130", "CHL", "PER"),
    # "pro-X" and "anti-X" name what one is for or against, not one's state
    ("YEREVAN, ARMENIA \u2014 Police detained dozens of pro-Russian activists outside parliament on Monday.",
     "173", "ARM", "ARM"),
    # warning that another will face (suffer, pay for) something threatens it; armed, with force
    ("In Lima, the Peruvian president warned that Chile would face military action if its ships "
     "entered Peruvian waters.", "138", "PER", "CHL"),
    ("The Peruvian minister warned that Chile would pay a heavy price for the decision.", "130", "PER", "CHL"),
    # "the two delegations" are the two parties told before
    ("Chile and Peru held talks in Quito on Monday. An Ecuadorean mediator shuttled between the "
     "two delegations.", "045", "ECU", "PER"),
    # a place named in the object is the target of words about it, not where they were said
    ("A Peruvian rebel group claimed responsibility for an attack on a police post in Chile.", "015", "PER", "CHL"),
    # a protest against a party's plan is aimed at the party
    ("Chilean dock workers went on strike on Monday against the Peruvian government's port plan.",
     "143", "CHL", "PER"),
    # an offensive to retake what another holds is aimed at the holder
    ("Peruvian troops launched an offensive on Monday to retake two hills held by Chilean forces.", "19", "PER", "CHL"),
    # a role word linked to a state's government or army is that state's; "backed by" is not
    ("Hackers linked to the Chilean government attacked Peruvian ministry websites.", "17", "CHL", "PER"),
    # "it" as the subject of a verb joined to one whose subject is a body is that body
    ("Chile said it had answered the proposal, and it accused Peru of stalling the talks.", "112", "CHL", "PER"),
    # of two attacks told, a state condemning "the attack" condemns the one done to it, even
    # when its doer claimed it
    ("Peruvian rebels said they had attacked a Chilean ship. Bolivian jets then struck the rebel camps. "
     "Chile condemned the attack.", "111", "CHL", "PER"),
    # a group "calling itself" (known as, called) X is X
    ("A little-known group calling itself the Peruvian Liberation Front claimed the bombing.", "015", "PER", ""),
    # "the West Bank" is the territory, not "the West" and a bank
    ("Israeli forces imposed a curfew on the West Bank town of Jenin.", "172", "ISR", "PSE"),
    # a denial of nothing foreign answers the last armed act told against the denier's country
    ("Peru said its drones hit a fuel depot in Bolivia. Bolivian officials denied that any depot "
     "had been damaged.", "016", "BOL", "PER"),
    # an infinitive after a phrase with a participle ("in a video posted online") is the verb's
    ("Peru threatened in a video posted online to expel the Chilean ambassador.", "13", "PER", "CHL"),
    # bandits are armed criminals: a camp of theirs bombed is theirs
    ("ABUJA, NIGERIA \u2014 Nigerian jets bombed a bandit camp in the northwest on Monday.", "195", "NGA", "NGA"),
    # calling a party names criticises it; "what X called Y's act" names whose act is judged
    ("The Peruvian minister called the Chilean commander a war criminal.", "111", "PER", "CHL"),
    ("Peru denounced what it called Chile's provocations at sea.", "111", "PER", "CHL"),
    # a state's army reporting what its own troops did reports it, it accuses no one
    ("CALI, COLOMBIA \u2014 The Colombian army said troops killed three rebels in a clash on Monday.",
     "19", "COL", "COL"),
    # what two sides swap is no party: each releases to the other
    ("Chile and Peru exchanged ten prisoners each on Monday.", "0841", "PER", "CHL"),
    # a bare "the group" is the last group named; "said it would keep doing" announces it
    # (a reported "will", not a condition); ships "linked to" a state are that state's
    ("The ELN fired on a Colombian patrol on Monday. A rebel commander said the group would keep "
     "attacking army posts linked to the Colombian government.", "138", "COL", "COL"),
    ("Peruvian rebels attacked two trucks linked to Chile on Monday.", "190", "PER", "CHL"),
    # a capitalised plural opening a sentence is still a role word ("Rebels", "Militias", which
    # the tagger reads as names); a town an armed act is aimed at places its countryless doers
    ("Militias seized the town of Tacna on Sunday.", "192", "PER", "PER"),
    ("Rebels attacked the Peruvian town of Puno on Saturday.", "190", "PER", "PER"),
    ("Gunmen stormed the Bolivian city of Oruro overnight.", "190", "BOL", "BOL"),
    # a place after the building a verb's preposition aims at places the act: protesters in
    # Lima are Peruvian, whoever's embassy they march on
    ("Protesters marched on the Chilean embassy in Lima.", "141", "PER", "CHL"),
    # what a released party is "of" says whose it is ("the fishermen of a Peruvian trawler")
    ("Chile released the fishermen of a Peruvian trawler.", "0841", "CHL", "PER"),
    # a government's supporters are civilians; "through" a city places a march there
    ("Thousands of government supporters marched through central Lima.", "141", "PER", "PER"),
    # a plural the tagger read as a verb is still the subject ("Leftist inmates" tagged VBZ)
    ("Leftist inmates across Peru staged a hunger strike against the government's plan.", "142", "PER", ""),
    # a crowd that beats a person assaults that person (182); attacking police is a riot (145)
    ("Protesters beat a police officer in Lima.", "182", "PER", "PER"),
    ("Protesters attacked police in Lima.", "145", "PER", "PER"),
    # the weapon named as the doer says the means: warplanes (195), tanks (194)
    ("Peruvian warplanes struck Bolivian army posts on Monday.", "195", "PER", "BOL"),
    ("Peruvian tanks attacked Bolivian army posts on Monday.", "194", "PER", "BOL"),
    # the doer is not one of "both countries": the pair is the last two sides it was not in
    ("Chile and Peru signed a trade pact. Chile accused Bolivia of smuggling. "
     "Bolivian troops then left both countries.", "0874", "BOL", "PER"),
    # "she" opening a sentence after a spokeswoman rejected a claim is the spokeswoman, not an
    # earlier "police officer said": rejecting in words makes her the last speaker
    ("Chilean troops fired at Peruvian farmers near the border, a Chilean police officer said. "
     "Peru's foreign ministry spokeswoman, Ana Lozada, rejected the account. "
     "She accused Chilean troops of killing a farmer.", "112", "PER", "CHL"),
    # a preposition after a list of examples set off by commas is the verb's ("to" the army)
    ("The Colombian rebels handed over rifles, including some mortars, to Colombia's army.", "0873", "COL", "COL"),
    ("Norway sent medicine, such as vaccines and antibiotics, to the Nepalese army.", "07", "NOR", "NPL"),
    # a role word naming the holder of a post or formation is the target of an attack on it
    ("QUITO, ECUADOR \u2014 Rebels fired mortars at army positions near the town.", "19", "ECU", "ECU"),
    # "with" a weapon is the instrument: the two sides that fought are each other's target
    ("N'DJAMENA, CHAD \u2014 The army and the rebels fought with tanks and artillery near the capital.",
     "190", "TCD", "TCD"),
    # "both sides": the two parties of the last two-sided event told
    ("Peru and Ecuador exchanged fire on the border. Brazil urged both sides to show restraint.",
     "02", "BRA", "ECU"),
    # warning that one's own state's forces will act against someone threatens them (130)
    ("The Bolivian president warned that the security forces would take firm action against rioters.",
     "130", "BOL", "BOL"),
    ("Bolivian President Luis Arce warned that Bolivia's army could be used to reopen the roads.", "130", "BOL", ""),
    # a pair acting on no one else acts on each other ("both sides promised to free all prisoners")
    ("Peru and Ecuador signed a border accord in Lima. Both sides promised to free all prisoners.", "0353", "PER", "ECU"),
    # "the two groups": the two bodies that acted together, not the sides of what they did
    ("Hamas and Islamic Jihad announced a truce with Israel on Sunday. In a joint statement, the two groups "
     "warned that the truce would collapse if Israel continued to arrest their members.", "130", "PSE", "ISR"),
    # "the two leaders" as subject: the two sides told before, each the other's partner
    ("Chile and Peru held talks in Lima. The two leaders signed a border accord.", "057", "PER", "CHL"),
    # a person no table knows, named with an office, is of the dateline's country even when
    # the story names another country more
    ("LIMA, PERU \u2014 Chile closed its border crossings on Monday. Chilean troops patrolled the frontier "
     "with Chile's new drones. Foreign Minister Ana Quispe criticized Chile for the closure.", "111", "PER", "CHL"),
    # a province the tagger missed, modifying a role word, places it
    ("Donetsk separatists shelled a village overnight.", "19", "UKR", ""),
    # "the reporters" are the ones the story named before with a country, not the dateline's
    ("BAMAKO, MALI \u2014 The army expelled two French reporters on Monday. The government accused the "
     "reporters of spying.", "112", "MLI", "FRA"),
    # an armed group saying it carried out an attack claims it (015); a state reporting its
    # own operation reports the act
    ("The rebels said they carried out the attack on the Peruvian garrison.", "015", "", "PER"),
    ("The Peruvian army said it killed three insurgents near the border.", "19", "PER", ""),
    # a demonym's noun after "at" is that country's party ("fired at a Peruvian trawler")
    ("A Chilean patrol boat fired shots at a Peruvian trawler.", "19", "CHL", "PER"),
    # a denial of nothing foreign answers the last charge against the denier's country
    ("Bolivia accused Peru of arming the smugglers. Lima denied that its territory was being used by "
     "smugglers.", "016", "PER", "BOL"),
    # an armed act is aimed at those its clause says it killed ("..., killing four policemen")
    ("LIMA, PERU \u2014 Rebels fired rockets at the compound for hours, killing four policemen.", "19", "PER", "PER"),
    # judging "the decision" is aimed at the doer of the last act told
    ("Chile expelled two Peruvian diplomats on Monday. Peru condemned the decision.", "111", "PER", "CHL"),
    # goods named as the compound of a container noun ("fuel shipments") are the aid sent
    ("Qatar sent fuel shipments to Lebanon.", "07", "QAT", "LBN"),
    # welcoming "the offer" told before is aimed at the one who made it
    ("Brazil offered to mediate between the rivals. Bolivia welcomed the offer.", "051", "BOL", "BRA"),
    # force used to disperse a crowd is aimed at the crowd
    ("Bolivian police fired tear gas to disperse striking miners in La Paz.", "17", "BOL", "BOL"),
    # a pronoun takes the country its antecedent was placed in (here by the dateline), and
    # judging "the raid" told before is aimed at its doer, an armed act of any kind
    ("LIMA, PERU \u2014 The army said it was shelling rebel camps near the border. Bolivia condemned the raid.",
     "111", "BOL", "PER"),
    # an opposition coalition, alliance or bloc is the opposition (OPP)
    ("Bolivia's main opposition coalition called on the president to resign.", "02", "BOL", "BOL"),
    # "negotiators from X and Y": both sides, each with the other
    ("Negotiators from Chile and Bolivia resumed talks on the water dispute.", "046", "BOL", "CHL"),
    # student groups are students' (EDU), here the authors of the demands rejected
    ("The Bolivian government rejected demands by student groups for free tuition.", "12", "BOL", "BOL"),
    # denying "the charge" told before is aimed at the one who made it
    ("Peru accused Chile of spying on its navy. Santiago denied the charge.", "016", "CHL", "PER"),
    # judging "the raid" the story told before is aimed at the raid's doer
    ("Chilean police raided a fishing village on Monday. Peru condemned the raid.", "111", "PER", "CHL"),
    # "It" opening a sentence as the subject of a verb of doing is the body the sentence
    # before had as its subject
    ("Lima said its navy had acted lawfully. It urged Chile to recall its trawlers.", "02", "PER", "CHL"),
    # "He urged him": an object pronoun is someone else than its clause's subject
    ("The Chilean president spoke by phone with the Peruvian president. He urged him to reopen the border.",
     "02", "CHL", "PER"),
    # two subjects fighting fight each other
    ("Chilean and Peruvian troops fought along the border on Friday.", "19", "CHL", "PER"),
    # a dateline's hyphenated city places the story; gang members are a gang's (CRM)
    ("PORT-AU-PRINCE, HAITI \u2014 Gang members attacked a police station overnight, police said.",
     "19", "HTI", "HTI"),
    # gunmen in a story filed from a country are of it, as rebels and police are
    ("LIMA, PERU \u2014 Gunmen abducted twelve farmers near the town of Puno on Friday, police said.",
     "181", "PER", "PER"),
    # "X will do Y, X's own official said" announces it (an intent); another side's
    # official reports a plan (the act's own code, done later)
    ("Chile will send food aid to Peru, the Chilean foreign minister said.", "033", "CHL", "PER"),
    ("Chile will send food aid to Peru, a Peruvian official said.", "07", "CHL", "PER"),
    # a role word modifying a demand or an attack is its author or doer
    ("The Bolivian government rejected opposition demands for early elections.", "12", "BOL", "BOL"),
    # a strike "to force" someone to act is aimed at them
    ("The Peruvian opposition called a general strike to force the president to resign.", "143", "PER", "PER"),
    # a denial that one's own state did it is aimed at the other party the clause names
    ("The Peruvian government denied that Peru had played any role in the damage to a Chilean ship.",
     "016", "PER", "CHL"),
    # a protest is aimed at whom its purpose clause asks, or whom the demand's clause is about
    ("Chilean teachers went on strike to press the government for higher pay.", "143", "CHL", "CHL"),
    ("Hundreds of Peruvian women marched in Santiago to demand that the Chilean president resign.",
     "141", "PER", "CHL"),
    # aid given to nobody named goes to the one its purpose clause helps
    ("Japan donated ten ventilators to help Peru fight the epidemic.", "070", "JPN", "PER"),
    ("Norway announced emergency aid of five million dollars to help Haiti.", "070", "NOR", "HTI"),
    # an option one will not rule out: force or sanctions are threatened, a meeting considered
    ("Ghana did not rule out sanctions on Togo.", "1312", "GHA", "TGO"),
    ("Venezuela said it would not rule out using force against Guyana.", "13", "VEN", "GUY"),
    ("The Chilean president did not rule out talks with Bolivia.", "014", "CHL", ""),
    # fire from armed men is no blaze
    ("Colombian police said two farmers were killed by army fire near the Venezuelan border.", "19", "", ""),
    # what a speaker says another must or should do is the speaker's demand on it (10x)
    ("Uruguay said Paraguay must reopen the border crossing.", "10", "URY", "PRY"),
    ("The Kenyan minister said Somalia should withdraw its troops from the border.", "105", "KEN", "SOM"),
    ("The Peruvian minister said Chile must be ready to pull its troops back from the border.", "10", "PER", "CHL"),
    # a call, to nobody, for sanctions or an embargo against X threatens X (1312); a call on
    # someone to impose them stays an appeal to that someone
    ("Norway called for an arms embargo on Myanmar.", "1312", "NOR", "MMR"),
    ("Human rights groups called on the EU to impose sanctions on Iran.", "020", "", "EUR"),
    # a document speaks for the author named before it, even as a participle on the root noun
    ("A British parliamentary report called for sanctions against Belarus.", "1312", "GBR", "BLR"),
    # ... or after it, and the one alleged against is the doer of the clause alleged
    ("A statement from the Peruvian foreign ministry alleged that Chile had hidden the ships.", "110", "PER", "CHL"),
    ("A letter sent by Bolivian ministers alleged that Chile had broken the accord.", "110", "BOL", "CHL"),
    # a document nobody is named issuing speaks for the country it was released in
    ("A report released in the Peruvian capital alleged that Chile had sold the rifles.", "110", "PER", "CHL"),
    # what a refusal refuses to accept is the thing acted on: its author is the target
    ("Bolivia refused to accept Chile's proposal on the border.", "12", "BOL", "CHL"),
    # captives freed with nobody named freeing them: those who held them freed them
    ("Nine Chilean sailors who had been held by Peru since 2021 were freed on Monday.", "084", "PER", "CHL"),
    # a story filed from one country about another: the sentence's own place places its
    # role words, not the dateline
    ("NAIROBI - Police arrested ten traders in southern Somalia on Monday.", "173", "SOM", ""),
    # a suicide bomber is an actor, and the self he blows up is not his target
    ("A suicide bomber blew himself up at a market in eastern Chad on Friday.", "1831", "", "TCD"),
    # what someone went on to do, they did: no purpose
    ("The Bolivian minister went on to accuse Chile of hiding the ships.", "112", "BOL", "CHL"),
    # a border names the other party of an act about it, its "with" on the noun or the verb
    ("Kenya massed troops on its border with Somalia.", "154", "KEN", "SOM"),
    ("Chile closed its border with Bolivia on Friday.", "191", "CHL", "BOL"),
    # failing to reach a deal is no deal reached: the sides reject each other's terms (120)
    ("Chile and Peru failed to reach an agreement on fishing rights.", "120", "CHL", "PER"),
    # hackers attack computers: a cyber attack (170), not an armed one
    ("A group of Iranian hackers attacked the Israeli water ministry.", "170", "IRN", "ISR"),
    # forces sent, nobody named sending them: their own state sent them
    ("Rwandan troops were deployed to Mozambique in July.", "154", "RWA", "MOZ"),
    ("Cuban doctors were sent to Italy during the epidemic.", "073", "CUB", "ITA"),
    # a finite verb the model hung on the sentence's first noun is its verb, the noun its subject
    ("Kenyan nurses called on the government on Monday to raise their pay.", "020", "KEN", "KEN"),
    # a passive relative clause acts on its noun: the noun is the target, never the doer
    ("The Kenyan diplomats who were expelled by Tanzania flew home.", "166", "TZA", "KEN"),
    ("The Chilean lawyer, who had been detained by Peru, spoke to reporters.", "173", "PER", "CHL"),
    # the nationality of the armed act a passive happened in names who did it
    ("Two Syrian soldiers were wounded in a Turkish drone strike.", "180", "TUR", "SYR"),
    ("Four villagers were killed in Ethiopian artillery fire near the Eritrean border.", "190", "ETH", ""),
    # the owner or author of the thing acted on is the target
    ("Chile rejected Peru's demand for a new border survey.", "1232", "CHL", "PER"),
    ("Uruguay turned down an offer from Brazil.", "127", "URY", "BRA"),
    ("Mongolia agreed to Japan's mediation.", "038", "MNG", "JPN"),  # accepting mediation (038)
    ("Ghana accepted a formula from Togo to end the quarrel.", "037", "GHA", "TGO"),
    ("Latvia supported the bid by Estonia.", "051", "LVA", "EST"),
    # ... and the "of" phrase of a thing owned names its owner
    ("Norway froze the assets of two Libyan ministers.", "163", "NOR", "LBY"),
    ("Burmese soldiers burned the homes of Rohingya villagers.", "1712", "MMR", "MMR"),
    # an act done in answer to another is aimed at that act's author
    ("Japan put its military on alert in response to Chinese missile launches.", "15", "JPN", "CHN"),
    ("Peru recalled its ambassador in protest over Chile's decision.", "161", "PER", "CHL"),
    ("Ecuador closed its border in retaliation for the Colombian tariffs.", "", "ECU", "COL"),
    # forces sent to help someone provide military protection to them (074), or to where they go
    ("Ghana sent soldiers to help Togo.", "074", "GHA", "TGO"),
    ("Senegal sent 500 troops to Gambia to help secure the capital.", "074", "SEN", "GMB"),
    ("Spain offered to send troops to help Morocco fight the smugglers.", "0334", "ESP", "MAR"),
    # ... while forces deployed at home to guard something are a deployment (154)
    ("The Ghanaian army deployed soldiers to protect the polling stations.", "154", "GHA", ""),
    # ordering a foreign party to leave expels it, by the code of expelling the same object
    ("Chad ordered the Sudanese ambassador to leave the country.", "166", "TCD", "SDN"),
    ("Niger ordered the French peacekeeping force to leave its territory.", "1661", "NER", "FRA"),
    # a threat's clause is the threatened act, aimed where the act is
    ("Armenia threatened that it could attack the Azerbaijani army.", "138", "ARM", "AZE"),
    ("Serbia threatened that Belgrade could cut ties with Kosovo.", "13", "SRB", "XKX"),
    # a judged arrest, trial or execution is aimed at who did it: its agent, else the state
    # it took place in, not the one it was done to
    ("Chile condemned the arrest of a Chilean journalist in Bolivia.", "11", "CHL", "BOL"),
    ("Ghana condemned the execution of two Ghanaian nationals in Libya.", "11", "GHA", "LBY"),
    ("Peru condemned the detention of its sailors by Ecuadorian police.", "11", "PER", "ECU"),
    # saying one is ready or open to talks expresses an intent to negotiate
    ("Bolivia said it was open to talks with Chile over the river.", "036", "BOL", "CHL"),
    # the second object of a verb of giving, after a name read as a modifier
    ("Sweden's defence minister promised Kyiv more tanks.", "0332", "SWE", "UKR"),
    # a subject the parser hangs on the auxiliary is still the subject
    ("Oman and Jordan are mediating between Iran and Bahrain.", "045", "OMN", "IRN"),
    # "X and Y said they ...": the pronoun is both
    ("Serbia and Croatia said they had signed a border accord with Hungary.", "057", "SRB", "HUN"),
    ("Serbia and Croatia said they had signed a border accord with Hungary.", "057", "HRV", "HUN"),
    # coordinated nationalities on one role word are one body per country
    ("Greek and Italian police arrested the smugglers.", "173", "GRC", ""),
    ("Greek and Italian police arrested the smugglers.", "173", "ITA", ""),
    ("US and Kenyan troops attacked the militant camp.", "190", "USA", ""),
    ("US and Kenyan troops attacked the militant camp.", "190", "KEN", ""),
    ("The presidents of Zambia and Malawi signed a trade accord.", "057", "ZMB", ""),
    # ... and a known organisation coordinated with a nationality
    ("Serbian and EU negotiators met in Brussels.", "040", "EUR", "SRB"),
    # ... also when a nationality is two words
    ("Thai and South African police raided the warehouse.", "", "ZAF", ""),
    ("Thai and South African police raided the warehouse.", "", "THA", ""),
    # sides that clash or exchange fire fight each other
    ("Bolivian and Peruvian soldiers exchanged fire on the river.", "190", "BOL", "PER"),
    ("Bolivian and Peruvian soldiers exchanged fire on the river.", "190", "PER", "BOL"),
    ("Albanian fans and Serbian police clashed after the match.", "190", "ALB", "SRB"),
    ("Peru and Bolivia traded accusations over the river.", "112", "PER", "BOL"),
    ("Peru and Bolivia traded accusations over the river.", "112", "BOL", "PER"),
    # a bare singular noun acted on is a mass of stuff, not the other party
    ("Danish and Swedish customs officers shared intelligence about the smugglers.", "064", "DNK", "SWE"),
    # a phrase after the place of the act belongs to the act
    ("Thousands of teachers demonstrated in the capital against the Greek government.", "141", "", "GRC"),
    ("Hundreds of students protested in the square against the Serbian government.", "141", "", "SRB"),
    # one a state body arrests, bans or tries at home is of its country
    ("Georgian police detained dozens of opposition activists.", "173", "GEO", "GEO"),
    ("An opposition mayor was arrested by Turkish police.", "173", "TUR", "TUR"),
    # the armed movements of the 1990s by name
    ("The Tamil Tigers attacked an army camp near Jaffna.", "190", "LKA", ""),
    # a weapon a participle says another launched is that actor's, even under a dateline
    ("KYIV, Ukraine - Ukrainian troops shot down ten drones launched by Belarus.", "", "UKR", "BLR"),
    # sides that act on "them", meaning themselves, act on each other
    ("Peru and Ecuador agreed to boost trade between them.", "03", "PER", "ECU"),
    # "it" of a body's readiness is the body ("said it was ready to ...")
    ("Peru said on Monday it was ready to hold talks with Chile.", "036", "PER", "CHL"),
    # a gathering's purpose is what the crowd does: the march is the protest
    ("Thousands of farmers marched through Lisbon to protest against the Portuguese government.", "141", "", "PRT"),
    ("The presidents of Zambia and Malawi signed a trade accord.", "057", "MWI", ""),
    # the author of a thing acted on, named by a participle's agent
    ("Mali rejected the proposal put forward by Niger.", "", "MLI", "NER"),
    # a main verb the parser hung on its subject as a participle still has that subject
    ("Saudi airstrikes killed at least twelve people in Yemen on Friday.", "195", "SAU", "YEM"),
    # a state's bid to join a body is the state's, not a body of that state
    ("Hungary would not approve Finland's NATO bid.", "", "HUN", "FIN"),
    # the subject's place is its act's: role words there take its country
    ("Protesters in Senegal clashed with police over the delayed vote.", "145", "SEN", "SEN"),
    # the subjects' own people acted on: each acts on the other, not on "embassies"
    ("Qatar and Bahrain agreed to reopen their embassies.", "", "QAT", "BHR"),
    # money lent "for" a state goes to it
    ("The African Development Bank approved a loan for Malawi.", "071", "", "MWI"),
    # what a statement is about: the subject of its clause
    ("Chile denied that Peruvian troops had crossed the border.", "016", "CHL", "PER"),
    ("Ghana demanded that Togo reopen the border crossing.", "10", "GHA", "TGO"),
    # a public commission or council is a body of its state's government
    ("ACCRA, Ghana - The electoral commission urged the parties to accept the result.", "02", "GHA", ""),
    # "we" in a joint statement is every body named as its speaker
    ('The foreign ministers of Chile and Peru said in a joint statement: "We condemn the raid."',
     "111", "PER", ""),
    # nobody acted on: the other party of the relation the act is about
    ("Bolivia accepted a proposal to settle its dispute with Chile.", "03", "BOL", "CHL"),
    # ... or, when that subject names no party, the first other party named in the clause
    ("Chile insisted the new tariffs would not harm Peru.", "010", "CHL", "PER"),
    ("Ghana denied that the closure was aimed at Togo.", "016", "GHA", "TGO"),
    # "his Ugandan counterpart": the nationality names the other side, not the pronoun
    ("The Kenyan president met his Ugandan counterpart in Kampala.", "04", "KEN", "UGA"),
    ("The Costa Rican president received his Panamanian counterpart.", "043", "CRI", "PAN"),
    # an accord signed after meeting someone is with the one met
    ("The Chilean president met the Peruvian president and signed a trade accord.", "057", "CHL", "PER"),
    # "accused each other": each side is the other's target
    ("Both Chad and Sudan accused each other of backing the rebels.", "112", "TCD", "SDN"),
    ("Both Chad and Sudan accused each other of backing the rebels.", "112", "SDN", "TCD"),
    # an act hung on the one written to is the writer's
    ("The Chilean archbishop wrote to the Peruvian president urging him to free the prisoners.", "02", "CHL", "PER"),
    # an indirect object is the one a "to" phrase would name
    ("Norway gave Icelandic fishermen new subsidies.", "071", "NOR", "ISL"),
    # voiced anger's "at" or "of" phrase names what it is about, and its author the target
    ("Uruguay voiced anger at the tax that Argentina imposed last week.", "110", "URY", "ARG"),
    ("Uruguay expressed its disapproval of the tariffs announced by Argentina.", "110", "URY", "ARG"),
    # ... also when the clause hangs on the noun the saying voices
    ("Uruguay voiced fears that Argentina would close the bridge.", "012", "URY", "ARG"),
    # a verb of saying the parser hung on the clause of another is the speaker's own act
    ("Chile said the talks were over and urged Peru to withdraw its ships.", "02", "CHL", "PER"),
    ("Ghana said the vote had been rigged and criticised Togo.", "111", "GHA", "TGO"),
    ("Kenya says the border will stay shut and accuses Somalia of harbouring rebels.", "112", "KEN", "SOM"),
    # where an act with no party acted on happened, through a participle on its object
    ("Chilean troops held exercises involving tanks at a base in Argentina.", "150", "CHL", "ARG"),
    # guards, detainees, captors and kidnappers are role words
    ("Chadian guards abused the detainees at the camp.", "182", "TCD", ""),
    ("Nepalese hostages were freed by their captors in Iraq.", "084", "", "NPL"),
    # the author a clause on the thing acted on names is the target; a "that" clause saying
    # what the thing is names none
    ("Peru rejected the accord that Chile signed with Bolivia.", "12", "PER", "CHL"),
    ("Ecuador condemned the plan, which was drawn up by Colombia.", "11", "ECU", "COL"),
    # a measure "targeting" someone sanctions them
    ("The Brazilian senate passed a law targeting Argentine fishing fleets.", "163", "BRA", "ARG"),
    # whom an act with no party acted on is meant against
    ("North Korea said it had built new rockets to use against South Korea.", "150", "PRK", "KOR"),
    # "X is to blame": X is blamed, by whoever says so
    ("Mozambique said Malawi was to blame for the collapse of the talks.", "112", "MOZ", "MWI"),
    # declining to comment is a statement (011), not a rejection
    ("A spokesman for the Chilean navy declined to comment on the collision.", "011", "CHL", ""),
    # "they" opening what a group says is that group
    ("Rebels in eastern Chad said they had captured the garrison town.", "192", "TCD", ""),
    # a refusal to meet is one side's
    ("Serbia refused to meet the envoy from Kosovo.", "125", "SRB", ""),
    # a place named "the <nationality> town of X" is in that country, and the act there is on it
    ("Militia fighters fired mortars at the Malian town of Gao.", "19", "", "MLI"),
    ("Police detained 14 people in the Ghanaian town of Bawku.", "173", "GHA", "GHA"),
    # a denial of doing something is about the one it was done to; one's own troops are one's own
    ("Uganda denied arming the rebels in South Sudan.", "016", "UGA", "SSD"),
    ("Eritrea denied that its soldiers had shot Ethiopian farmers.", "016", "ERI", "ETH"),
    # a bare "Congo" is the Democratic Republic
    ("Rwanda accused Congo of arming the FDLR militia.", "112", "RWA", "COD"),
    # the day between a verb and its infinitive ("threatened on Monday to ...") changes nothing
    ("Morocco threatened on Monday to cut diplomatic ties with Spain.", "13", "MAR", "ESP"),
    # a capital named as where is a place, not its state acting on itself
    ("Peru sent extra police officers to Lima ahead of the march.", "153", "PER", "PER"),
    # a threatened strike is a threat of dissent; workers who strike stop work
    ("Zambian miners threatened to launch a national strike.", "133", "ZMB", ""),
    ("Dockers in Chile struck for higher pay.", "143", "CHL", ""),
    # a market, mosque or school "in X" places the act there too
    ("A bomb killed seven shoppers at a market in Maiduguri.", "", "", "NGA"),
    # a people of one state are that state's ("Tigrayan forces"); an owned region places the act
    ("Oromo rebels ambushed a police convoy.", "", "ETH", ""),
    ("Bandits killed nine farmers near a village in Niger's Tillaberi region.", "", "", "NER"),
    # what the one spoken of must or should do is demanded of it; one's own plans are a statement
    ("Chile's foreign minister said Bolivia must respect the ruling.", "100", "CHL", "BOL"),
    ("Chile's foreign minister said her government would review the claim.", "010", "CHL", ""),
    # "guilty of" a gerund: the copula's subject did it
    ("The Eritrean army was guilty of shelling Ethiopian villages.", "19", "ERI", ""),
    # an admission of an act nobody is named doing is of one's own act (015)
    ("The Colombian army admitted that an air strike had killed four children.", "015", "COL", ""),
    # a participle trailing a sanction says whom the sanction aims at
    ("Canada announced new sanctions on Iran, targeting its drone makers.", "163", "CAN", "IRN"),
    # one a state body executes is of its country
    ("Saudi authorities executed a blogger on Monday.", "1823", "SAU", "SAU"),
    # peacekeepers deploying or arriving provide peacekeeping; forces of several states exercising
    # together cooperate; drills near a state are aimed at it
    ("A battalion of Rwandan peacekeepers arrived in Bangui on Sunday.", "074", "RWA", "CAF"),
    ("The drills were staged by Indian commandos and Maldivian coast guards.", "062", "IND", "MDV"),
    ("Turkey held naval drills off Cyprus.", "150", "TUR", "CYP"),
    # welcoming "the announcement" is aimed at who made the one told before
    ("Peru announced that it would free the Bolivian fishermen. The United States welcomed the announcement.",
     "051", "USA", "PER"),
    # security forces fighting a crowd repress it; a crowd fighting them riots
    ("Chilean police clashed with protesters outside the congress.", "175", "CHL", ""),
    ("Rioters clashed with Peruvian soldiers near the airport.", "145", "", "PER"),
    # firing on a crowd, or killing marchers, is repression too (CAMEO 175 takes the force used)
    ("Chilean soldiers opened fire on protesters.", "175", "CHL", ""),
    ("Bolivian police shot dead three demonstrators in El Alto.", "175", "BOL", ""),
    # ... and a crowd's force on soldiers is a riot
    ("Protesters threw stones at Peruvian soldiers.", "145", "", "PER"),
    # home bodies acting on a role word in a sentence naming one country only: that country's
    ("Bolivian opposition leaders urged the government to call early elections.", "02", "BOL", "BOL"),
    ("Ecuador's president appealed to the miners to end their strike.", "02", "ECU", "ECU"),
    ("Hundreds of Chileans marched against the government's pension reform.", "14", "CHL", "CHL"),
    # an act in a region of one's own country is still an act (the region is no other party)
    ("Azerbaijan began an offensive in Nagorno-Karabakh on Monday.", "190", "AZE", ""),
    # the one declared persona non grata, read as the subject of "persona"
    ("Norway declared the Belarusian ambassador persona non grata.", "166", "NOR", "BLR"),
    # the one found guilty, read as the subject of "guilty"
    ("A Tehran court found a Swedish engineer guilty of espionage on Sunday.", "116", "IRN", "SWE"),
    # the state one is expelled from expelled them
    ("Two Dutch reporters were deported from Azerbaijan on Friday.", "174", "AZE", "NLD"),
    # whom a thing given goes to, named on the thing
    ("Denmark provides 15 million euros in bilateral aid to the Afghans every year.", "07", "DNK", "AFG"),
    # the one warned that the warner will act is the threat's target
    ("Algeria warned Morocco that it would close the border.", "13", "DZA", "MAR"),
    # an army's warning that another country's things "would be hit", by no one named, is
    # its own blow (138); its own side in the condition is what it defends, not the one warned
    ("A Peruvian army general warned that Chilean outposts would be hit if Peru's border posts "
     "came under fire.", "138", "PER", "CHL"),
    # "the first X to do" tells a done act
    ("Lula became the first Brazilian leader to visit Ghana.", "042", "BRA", "GHA"),
    # the victims are civilians of the country the story is filed from
    ("NIAMEY, Niger: Three children were killed in a Malian air raid on Tuesday.", "190", "MLI", "NER"),
]


@pytest.fixture(scope="module")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


def _sides(events):
    return [(e.cameo.code, {a.country for a in e.source}, {a.country for a in e.target}, e.evidence)
            for e in events]


@pytest.mark.parametrize("sentence,code,source,target", PARTIES, ids=[row[0][:48] for row in PARTIES])
def test_party(pipeline, sentence, code, source, target):
    coded = _sides(pipeline.code_text(sentence, published="2025-06-02").events)
    found = [c for c in coded if c[0].startswith(code)]
    assert found, coded
    assert any((not source or source in s) and (not target or target in t) for _, s, t, _ in found), coded


# Verbs of saying with a clause: what the clause says decides the code (a prefix of it)
ASSERTIONS = [
    # "will not hesitate to" use force announces it: a threat of force (138), not a negated act
    ("Peru said it would not hesitate to use force against Chilean fishing boats.", "138"),
    # a warning whose clause says what another's act will meet threatens (130), with force
    # when it is taken for war (138); "any attack" names no act of its own; foreseeing harm
    # that no one brings is a pessimistic comment (012)
    ("Chile warned that any incursion into its waters would be met with a firm response.", "130"),
    ("Peru warned that any attempt to dam the river would be considered an act of war.", "138"),
    ("Chile warned that the new tariffs would have serious consequences.", "130"),
    ("The Chilean central bank warned that inflation would rise next year.", "012"),
    # a minister's "would be hit" of farmers foresees harm: only an armed body's is its blow
    ("The Chilean finance minister warned that farmers would be hit hard by the drought.", "012"),
    # what a verb of naming calls the talks refines the statement
    ("The Chilean foreign minister described the talks as positive.", "013"),
    # a mood or talks called positive are an optimistic comment
    ("The Chilean foreign minister said the mood was positive.", "013"),
    # the option weighed is coded once, on the verb of weighing
    ("Chile was weighing whether to send troops to Peru.", "014"),
    # what a noun of chance or risk is "of" may not happen: the saying is the statement
    ("Chile said the chances of signing a trade pact with Peru were slim.", "01"),
    ("Peru said the prospect of reopening the border with Chile had faded.", "01"),
    # ready to settle a dispute: an intent to settle it
    ("The Chilean minister said his country was ready to resolve the dispute with Peru.", "037"),
    ("Chile insisted the new tariffs were modest.", "010"),
    ("Chile insisted that the inquiry go ahead.", "100"),
    ("Chile insisted Peru must withdraw its claim.", "10"),
    ("Chile warned that fishermen would struggle this winter.", "012"),
    ("Chile warned that it would retaliate.", "130"),
    # ... as is an official's warning that their state will act
    ("The Chilean foreign minister warned that Santiago would retaliate.", "130"),
    ("The Chilean foreign minister warned that Peru would retaliate.", "012"),
    # calling a policy a failure or a disaster criticises it (111)
    ("The Bolivian opposition called the new tax law a costly failure.", "111"),
    # saying one's own side will respond threatens (another's answer threatens nothing: test_lexicon_senses);
    # "at a time of our choosing" is an answer in force, a military threat (138)
    ('"We will respond at a time of our choosing," the Chilean defence minister said.', "138"),
    ('"We will respond to this insult," the Chilean defence minister said.', "130"),
    # writing it (on social media) announces it as saying it does
    ('"The Chilean army will respond at a time of its choosing," the Chilean defence minister wrote on X.', "138"),
    # saying one's own side was behind an attack claims it (015); that another was, accuses it (112)
    ("A Peruvian rebel group said it was behind the bombing of a police post in Tacna.", "015"),
    ("Chile said Peruvian rebels were behind the bombing of a police post in Arica.", "112"),
    # what must stop is demanded, whoever the clause's subject is
    ("Brazil says outside interference in Bolivia must be avoided.", "100"),
    ("Chile said the persecution of reporters in Bolivia must end.", "100"),
    # what was said refines the statement: concern or regret is pessimistic, fruitful talks optimistic
    ("Chile said it was concerned about the fishing fleet.", "012"),
    ("Chile said it regretted the court's ruling.", "012"),
    ("Chile said the week of meetings had been fruitful.", "013"),
    # agreeing that something is so voices accord (019), even after a date ("agreed on Monday
    # that": the date's "on" is not "agree on")
    ("Chile and Peru agreed that the fishing quotas were too high.", "019"),
    ("Chile and Peru agreed on Monday that the border survey should go ahead.", "019"),
    # weighing an act named by a noun is weighing that option (014); talking it over is not
    ("Chile is weighing the closure of its border crossings with Bolivia.", "014"),
    # a stance said after its content is still a statement: alarm is pessimistic
    ("The situation on the border is deeply alarming, the Chilean foreign minister said.", "012"),
]


@pytest.mark.parametrize("sentence", [
    # a plain report told before its verb of saying cites the source of the reporter's account
    "Smoke rose over the port of Arica late into the night, Chilean officials said.",
    "The ferry from Punta Arenas reached the island on Tuesday, the Chilean navy told reporters.",
    # and so does "according to" someone
    "Thousands of Peruvians left the border town during the week, according to the Peruvian government.",
])
def test_a_source_cited_for_a_report_makes_no_statement(pipeline, sentence):
    assert pipeline.code_text(sentence, published="2025-06-02").events == []


def test_the_same_report_said_first_is_a_statement(pipeline):
    [event] = pipeline.code_text("Chilean officials said the ferry reached the island on Tuesday.",
                                 published="2025-06-02").events
    assert event.cameo.code == "010" and [a.country for a in event.source] == ["CHL"]


@pytest.mark.parametrize("sentence,code", [
    # a demand or call repeated, renewed or made as a noun asks for the act of its clause,
    # which is folded into it, not reported as done
    ("Chile repeated its demand that Peru withdraw its troops from the border.", "1056"),
    ("Chile made a demand that Peru withdraw its troops from the border.", "1056"),
    ("Chile renewed its demand that Peru release the fishermen.", "1053"),
])
def test_a_demand_made_as_a_noun_asks_for_its_clause(pipeline, sentence, code):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert [(e.cameo.code, [a.country for a in e.source], [a.country for a in e.target]) for e in events] \
        == [(code, ["CHL"], ["PER"])]


@pytest.mark.parametrize("sentence", [
    # an act done always, long or again and again is a habit or a course, no one event
    "Bolivian ministers have always denied any role in the smuggling across the border.",
    "Peruvian farmers have long accused Chilean mining firms of draining their wells.",
    "The Chilean government has for years accused Bolivian officials of ignoring the ruling.",
    "Peru has protested again and again against Chilean fishing in the disputed waters.",
])
def test_an_act_told_as_a_habit_or_a_long_course_is_habitual(pipeline, sentence):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert events and all("habitual" in e.status for e in events), [(e.cameo.code, e.status) for e in events]


def test_an_act_done_once_more_is_no_habit(pipeline):
    events = pipeline.code_text("Peru protested again on Monday against Chilean fishing in the disputed waters.",
                                published="2025-06-02").events
    assert events and not any("habitual" in e.status for e in events)


@pytest.mark.parametrize("sentence", [
    # what observers of the news say of it is commentary, no act of theirs
    "Analysts in Santiago say the Chilean government has been slow to answer Bolivia's complaints.",
    "A Peruvian political scientist said the coalition in Lima would probably not survive the winter.",
])
def test_a_plain_comment_by_an_observer_is_no_statement(pipeline, sentence):
    assert pipeline.code_text(sentence, published="2025-06-02").events == []


@pytest.mark.parametrize("sentence,code", [
    # an observer's stance of its own is still coded, and a party's plain statement is one
    ("Chilean economists warned that inflation would rise sharply next year.", "012"),
    ("Chilean officials said the government would answer Bolivia's complaints next week.", "010"),
])
def test_a_stance_of_an_observer_or_a_plain_word_of_a_party_is_a_statement(pipeline, sentence, code):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert [e.cameo.code for e in events] == [code]


@pytest.mark.parametrize("sentence,source,target", [
    # the doer of the act a toll followed did the killing
    ("Four Chilean soldiers were killed after Peruvian rebels attacked their post.", "PER", "CHL"),
    ("Two Bolivian guards were wounded when Chilean troops fired on the border post.", "CHL", "BOL"),
])
def test_an_act_of_force_nobody_did_was_done_by_the_clause_it_followed(pipeline, sentence, source, target):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert any(e.cameo.root in ("18", "19") and source in {a.country for a in e.source}
               and target in {a.country for a in e.target} for e in events), _sides(events)


@pytest.mark.parametrize("sentence,coded", [
    # a count of people killed or hurt, nobody named doing it: a toll, no event
    ("At least nine Bolivian miners were killed on Tuesday.", False),
    ("Dozens of Peruvian protesters were injured in the capital.", False),
    ("Several Chilean police officers had been wounded, the ministry said.", False),
    # what a war or unrest did as a whole is its toll too
    ("The war in Bolivia has killed thousands of miners and forced thousands from their homes.", False),
    ("Fighting in southern Peru has driven 5,000 farmers from their villages.", False),
    # a doer named, or a person rather than a count, keeps the event
    ("At least nine Bolivian miners were killed by Peruvian soldiers.", True),
    ("A Chilean judge was shot dead in Santiago on Tuesday.", True),
])
def test_a_toll_nobody_is_named_causing_is_no_act_of_force(pipeline, sentence, coded):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert any(e.cameo.root in ("18", "19") for e in events) is coded, _sides(events)


def test_an_act_dating_a_sentence_that_reports_none_is_the_news(pipeline):
    # the arrest is what the sentence reports: the unrest that followed is no act of its own
    events = pipeline.code_text("Unrest broke out in La Paz after Bolivian police arrested the opposition leader.",
                                published="2025-06-02").events
    assert [(e.cameo.code, [a.country for a in e.source]) for e in events] == [("173", ["BOL"])]
    # two acts that date a clause reporting none are both the news
    events = pipeline.code_text("Violence erupted after Bolivian police arrested the opposition leader, hours "
                                "after he called a general strike.", published="2025-06-02").events
    assert {e.cameo.root for e in events} >= {"17", "14"}, _sides(events)
    # beside an act of its own, a finite clause the act came right after is reported too, and
    # ranks below it; a noun phrase ("after clashes") or an act weeks before sets the scene
    events = pipeline.code_text("Chile recalled its ambassador from Lima after Peruvian police arrested "
                                "two Chilean diplomats.", published="2025-06-02").events
    assert [e.cameo.root for e in sorted(events, key=lambda e: -e.confidence)] == ["16", "17"], _sides(events)
    events = pipeline.code_text("Chile recalled its ambassador from Lima after clashes with Peruvian police.",
                                published="2025-06-02").events
    assert [e.cameo.root for e in events] == ["16"], _sides(events)
    events = pipeline.code_text("Chile recalled its ambassador from Lima, three weeks after Peruvian police "
                                "arrested two Chilean diplomats.", published="2025-06-02").events
    assert [e.cameo.root for e in events] == ["16"], _sides(events)


def test_an_act_told_aside_of_a_named_party_is_background(pipeline):
    # the relative clause set off by commas tells who Ecuador is; the news is its offer
    events = pipeline.code_text("Ecuador, which hosts the talks between Colombia and the rebels, offered to "
                                "send observers to the border.", published="2025-06-02").events
    assert [e.cameo.root for e in events] == ["03"], _sides(events)
    # a sentence reporting nothing else keeps it
    events = pipeline.code_text("Ecuador, which hosted the talks between Colombia and the rebels in 2023.",
                                published="2025-06-02").events
    assert any(e.cameo.root == "04" for e in events), _sides(events)


def test_an_act_talked_over_is_not_an_option_weighed(pipeline):
    codes = [e.cameo.code for e in pipeline.code_text(
        "The Chilean and Bolivian ministers discussed the closure of the border crossings.",
        published="2025-06-02").events]
    assert "014" not in codes, codes


@pytest.mark.parametrize("sentence,code", ASSERTIONS, ids=[row[0][:48] for row in ASSERTIONS])
def test_assertion_or_demand(pipeline, sentence, code):
    coded = _sides(pipeline.code_text(sentence, published="2025-06-02").events)
    assert len(coded) == 1 and coded[0][0].startswith(code), coded


def test_one_country_in_a_sentence_places_only_home_role_words(pipeline):
    # a foreign government's officials dealing with "the government" say nothing of its
    # country, nor does a state named as owner or target, nor a region
    for sentence, role in (("Canadian officials urged the government to free the reporters.", "government"),
                           ("The ministry thanked Norway for its support.", "ministry"),
                           ("Scholars from Africa praised the protesters.", "protesters")):
        actors = pipeline.code_text(sentence, published="2025-06-02").actors
        assert [a.country for a in actors if a.text == role] == [None], (sentence, actors)


def test_the_broker_of_a_truce_is_no_party_to_it(pipeline):
    coded = _sides(pipeline.code_text("Chad broke a truce brokered by Qatar.", published="2025-06-02").events)
    assert [(c, s, t) for c, s, t, _ in coded] == [("196", {"TCD"}, set())], coded


def test_the_strike_a_killing_happened_in_is_that_killing(pipeline):
    # one event, coded with the strike's more specific code; an attack aimed at someone stays
    coded = _sides(pipeline.code_text("A Hezbollah commander was killed in an Israeli air strike in southern "
                                      "Syria.", published="2025-06-02").events)
    assert [(c, s, t) for c, s, t, _ in coded] == [("195", {"ISR"}, {"LBN"})], coded
    coded = _sides(pipeline.code_text("Two guards were wounded in a Russian drone attack on Odesa.",
                                      published="2025-06-02").events)
    assert any(t == {"UKR"} for _, _, t, _ in coded) and len(coded) == 2, coded


def test_a_readiness_to_meet_is_the_ready_sides_alone(pipeline):
    # the one met did not say it was ready: no mirrored event from its side
    coded = _sides(pipeline.code_text("Ghana said its president was ready to meet the Togolese leader in Lome.",
                                      published="2025-06-02").events)
    assert [(c, s, t) for c, s, t, _ in coded] == [("036", {"GHA"}, {"TGO"})], coded


def test_rival_parties_at_home_are_each_others_target(pipeline):
    # a party speaking of another party of its country is not speaking of itself
    coded = _sides(pipeline.code_text("The Conservatives said Labour had wasted the money.",
                                      published="2005-02-02").events)
    assert any(code == "010" and t for code, _, t, _ in coded), coded


def test_denied_act_is_no_event(pipeline):
    coded = _sides(pipeline.code_text("The Bolivian army denied that its soldiers had fired on the marchers.",
                                      published="2025-06-02").events)
    assert [c[0] for c in coded] == ["016"], coded


def test_refusal_to_meet_is_not_theother_sides(pipeline):
    coded = _sides(pipeline.code_text("Serbia refused to meet the envoy from Kosovo.",
                                      published="2025-06-02").events)
    assert not any("SRB" in t for code, _, t, _ in coded if code.startswith("12")), coded


def test_lower_case_surname_still_names_its_holder(pipeline):
    # careless case: the tagger still reads "obama" as a proper noun, and the surname
    # names the one holder in office at the publication date
    coded = _sides(pipeline.code_text("President obama sent condolences to the families of the miners in Chile.",
                                      published="2014-03-02").events)
    assert any(code == "018" and "USA" in s for code, s, _, _ in coded), coded


def test_a_first_name_alone_later_names_the_person(pipeline):
    # called by the first name, which the tagger reads as a common noun
    result = pipeline.code_text("Ethiopian Prime Minister Meles Zenawi arrived in Algiers on Monday. "
                                "Meles declined to answer questions on the border.", published="2000-12-12")
    assert any(code == "011" and "ETH" in s for code, s, _, _ in _sides(result.events)), _sides(result.events)
    [later] = [a for a in result.actors if a.text == "Meles"]
    assert later.name == "Meles Zenawi"


def test_a_first_name_alone_that_the_tagger_takes_for_a_place_still_names_the_person(pipeline):
    result = pipeline.code_text("Opposition leader Prabowo Hartono lost the vote. In a video message late on "
                                "Wednesday, Prabowo urged his supporters to stay calm.")
    later = [a for a in result.actors if a.text == "Prabowo"]
    assert later and later[0].name == "Prabowo Hartono", [(a.text, a.name) for a in result.actors]


@pytest.mark.parametrize("sentence,code,target", [
    ("LIMA, May 2 (Reuters) - A government spokesman said Chile's ambassador had been summoned to the foreign "
     "ministry.", "114", "CHL"),
    ("LIMA, May 2 (Reuters) - The interior ministry said 3,000 police officers had been deployed in the capital.",
     "153", "PER"),
])
def test_a_states_act_no_one_is_named_doing_is_the_reporting_state_bodys(pipeline, sentence, code, target):
    coded = _sides(pipeline.code_text(sentence).events)
    assert any(c == code and s == {"PER"} and target in t for c, s, t, _ in coded), coded


def test_a_partys_supporters_are_the_partys(pipeline):
    result = pipeline.code_text("Bolivian police said party supporters had burned two buses in El Alto.",
                                published="2025-06-02")
    assert [(a.sector, a.country) for a in result.actors if a.text == "party supporters"] == [("PTY", "BOL")]


def test_force_from_a_place_is_not_authored_by_it(pipeline):
    # "from X" on a passive of force says where it came from: X is the source, not
    # the author of a thing acted on (nobody acts on themselves)
    coded = _sides(pipeline.code_text("Chile said a rocket was fired at it from Peru on Monday.",
                                      published="2025-06-02").events)
    assert not any("PER" in t for code, s, t, _ in coded if code.startswith("19")), coded


def test_passive_relative_noun_is_not_the_doer(pipeline):
    # before: "who had been detained" made the lawyer the one who detained
    coded = _sides(pipeline.code_text("The Chilean lawyer, who had been detained last year, "
                                      "flew to Lima.", published="2025-06-02").events)
    assert all("CHL" not in s for code, s, _, _ in coded if code == "173"), coded


def test_who_is_theother_side_of_a_statement():
    from dateline.events.statements import other_side
    from dateline.records import Actor

    def actor(name, country, sector, kind, entity):
        return Actor(name, name, 0, 1, country, sector, None, kind, entity=entity)

    minister = actor("minister", "KEN", "GOV", "person", 1)
    assert not other_side(actor("Kenya", "KEN", None, "state", 2), minister)  # its own state
    assert not other_side(actor("the cabinet", "KEN", "GOV", "organization", 3), minister)  # its own side
    assert other_side(actor("John Mwangi", "KEN", None, "person", 4), minister)  # a named person
    assert other_side(actor("the army", "KEN", "MIL", "organization", 5), minister)
    assert other_side(actor("the finance minister", "KEN", "GOV", "person", 8), minister)  # another person
    assert not other_side(actor("the minister", "KEN", "GOV", "person", 1), minister)  # the same one
    from dateline.records import Basis

    tory = Actor("Ann Smith", "Ann Smith", 0, 1, "GBR", "PTY", None, "person", entity=9,
                 basis=[Basis("org", "Conservative Party")])
    assert other_side(actor("Labour Party", "GBR", "PTY", "organization", 10), tory)  # a rival party
    assert not other_side(actor("Conservative Party", "GBR", "PTY", "organization", 11), tory)  # hers
    assert other_side(tory, actor("Labour Party", "GBR", "PTY", "organization", 10))  # the rival's
    assert not other_side(tory, actor("Conservative Party", "GBR", "PTY", "organization", 11))  # her own
    party = actor("Labour Party", "GBR", "PTY", "organization", 6)
    assert other_side(actor("Liberal Democrats", "GBR", "PTY", "organization", 7), party)  # a rival


def test_the_head_of_a_body_is_an_actor_and_a_head_alone_is_not(pipeline):
    coded = _sides(pipeline.code_text("The head of the Kenyan electoral commission told Uganda the count "
                                      "would resume.", published="2025-06-02").events)
    assert [(c[0][:2], c[1], c[2]) for c in coded] == [("01", {"KEN"}, {"UGA"})], coded
    actors = pipeline.code_text("A stone struck him on the head in Nairobi.", published="2025-06-02").actors
    assert not [a for a in actors if a.text.lower() == "head"], actors


def test_a_role_word_opening_a_sentence_is_no_name(pipeline):
    # the tagger takes a capitalised "Gang" for a person's name; it is the role word
    text = ("PORT-AU-PRINCE, HAITI \u2014 The prime minister thanked Kenya for its solidarity.\n\n"
            "Gang members attacked a police station in the suburb of Carrefour overnight, killing two "
            "officers, police said.")
    actors = pipeline.code_text(text, published="2025-06-02").actors
    assert [(a.text, a.sector, a.country) for a in actors if a.text.startswith("Gang")] == \
        [("Gang members", "CRM", "HTI")], actors


def test_a_statement_naming_a_foreign_party_is_about_it(pipeline):
    # a home audience hears about the foreign party named; so does a statement naming
    # its own leader and a foreign one
    for sentence, target in (("The Kenyan president told parliament that Uganda remained a close partner.", "UGA"),
                             ("A Kenyan spokesman said the president had no plans to meet the Ugandan "
                              "president this month.", "UGA")):
        coded = _sides(pipeline.code_text(sentence, published="2025-06-02").events)
        assert [(c[0][:2], c[2]) for c in coded] == [("01", {target})], (sentence, coded)


def test_an_act_in_the_said_clause_stays_the_clause_doers(pipeline):
    # the clause's own verb is an act, so a verb coordinated with it shares its subject
    coded = _sides(pipeline.code_text("Chile said Peruvian ships entered its waters and seized two trawlers.",
                                      published="2025-06-02").events)
    seized = [c for c in coded if "coerce.seize" in c[3]]
    # Peru's seizure, claimed by Chile (an accusation), not a seizure by Chile
    assert [c[:3] for c in seized] == [("112", {"CHL"}, {"PER"})], coded


def test_a_saying_inside_what_another_said_is_not_a_statement_of_its_own(pipeline):
    # the outer speaker's statement is the event; the one told of is part of its content
    coded = _sides(pipeline.code_text("Chile said Peru believes the quarrel is over.",
                                      published="2025-06-02").events)
    assert [(c, s, t) for c, s, t, _ in coded] == [("010", {"CHL"}, {"PER"})], coded


def test_how_well_a_state_does_a_thing_is_no_event_but_doing_it_is(pipeline):
    judged = _sides(pipeline.code_text("Observers said Bolivia was hopeless at negotiating with Chile.",
                                       published="2025-06-02").events)
    assert not any(code.startswith("04") for code, _, _, _ in judged), judged
    done = _sides(pipeline.code_text("Bolivia succeeded in negotiating a truce with Chile.",
                                     published="2025-06-02").events)
    assert any(code.startswith("04") and "BOL" in s for code, s, _, _ in done), done


def test_politicians_attack_in_words_and_armies_with_force(pipeline):
    # a party attacking a rival party or a minister criticises; a state or an army attacks
    def codes(text):
        return {c[0] for c in _sides(pipeline.code_text(text, published="2005-02-02").events)}

    assert codes("The Liberal Democrats attacked the Conservatives over the budget.") == {"111"}
    assert codes("The health minister was attacked by the Scottish National Party as out of touch.") == {"111"}
    assert codes("The Syrian government attacked rebel positions near Idlib.") == {"190"}
    assert codes("Chadian troops attacked the Sudanese border post.") == {"190"}


def test_one_told_is_the_target_even_at_home(pipeline):
    # "told MPs": the legislators addressed are the target, though of the speaker's country;
    # "MPs", which taggers take for a verb, is still the role word "MP"
    [event] = pipeline.code_text("The Dutch prime minister told MPs the deployment would end in May.",
                                 published="2025-06-02").events
    assert event.cameo.code == "010"
    assert [(a.name, a.sector) for a in event.target] == [("MPs", "LEG")]


def test_voters_and_patients_are_civilians_one_can_address(pipeline):
    events = pipeline.code_text("The Danish prime minister told voters that the clinics would open in May.",
                                published="2025-06-02").events
    assert [(a.name, a.sector) for e in events for a in e.target] == [("voters", "CVL")], \
        [e.evidence for e in events]


def test_a_that_clause_on_the_thing_acted_on_names_no_author(pipeline):
    # "charges that it bribed the judges": the charges are by the Chilean unions
    coded = _sides(pipeline.code_text("Peru denied charges by Chilean unions that it bribed the judges.",
                                      published="2025-06-02").events)
    assert any(c.startswith("01") and t == {"CHL"} for c, _, t, _ in coded), coded


def test_a_participle_after_writing_to_someone_is_the_writers_statement_to_them(pipeline):
    # the parser hangs "saying" on the one written to; the writer is the speaker
    events = pipeline.code_text("The Ecuadorian president wrote to the Colombian president saying "
                                "the border would stay open.", published="2025-06-02").events
    assert [(e.cameo.root, _countries(e.source), _countries(e.target)) for e in events] == [
        ("01", {"ECU"}, {"COL"})], [e.evidence for e in events]


def _countries(actors):
    return {a.country for a in actors}


def test_an_act_warned_against_is_no_event_of_its_own(pipeline):
    # the selling is what China warns against, not a sale by China (nor by anyone yet)
    coded = _sides(pipeline.code_text("China warned Australia against selling uranium to India.",
                                      published="2025-06-02").events)
    assert [(c, s, t) for c, s, t, _ in coded] == [("130", {"CHN"}, {"AUS"})], coded


def test_a_threat_to_act_is_one_event_the_threat_of_that_act(pipeline):
    # "threatened to impose sanctions on X": one threat (13x) toward X, not a
    # second, bare "threaten" (130) beside it
    coded = _sides(pipeline.code_text("Algeria threatened to impose sanctions on Morocco.",
                                      published="2025-06-02").events)
    assert [(c[:2], s, t) for c, s, t, _ in coded] == [("13", {"DZA"}, {"MAR"})], coded


def test_a_role_word_speaking_alone_makes_a_statement(pipeline):
    # an unplaced minister is still a government speaker: the saying is coded (010)
    events = pipeline.code_text("The minister says the schools will reopen in May.", published="2025-06-02").events
    assert [(e.cameo.root, [a.sector for a in e.source]) for e in events] == [("01", ["GOV"])], \
        [e.evidence for e in events]
    # a name no table knows, with no role, says nothing codable
    assert not pipeline.code_text("Maria Testova says the schools will reopen in May.",
                                  published="2025-06-02").events


def test_a_speaker_reporting_its_own_forces_act_reports_the_act(pipeline):
    # "the army said its soldiers killed ...": the killing by the army's own soldiers,
    # not an accusation of them (112)
    coded = _sides(pipeline.code_text("The Chadian army said its soldiers killed twelve rebels near the border.",
                                      published="2025-06-02").events)
    assert [(c, s) for c, s, _, _ in coded] == [("190", {"TCD"})], coded


def test_forces_one_sends_are_ones_own_not_the_other_party(pipeline):
    # "sent troops": the troops are the sender's; no second party is named
    events = pipeline.code_text("Ghana sent troops to the border.", published="2025-06-02").events
    assert [(e.cameo.root, _countries(e.source), [a.name for a in e.target]) for e in events] == [
        ("15", {"GHA"}, [])], [e.evidence for e in events]
    events = pipeline.code_text("Ghana sent police officers to the border.", published="2025-06-02").events
    assert [[a.name for a in e.target] for e in events] == [[]], [e.evidence for e in events]
    # ... and so are forces one mobilises or deploys
    events = pipeline.code_text("Bolivia mobilised thousands of troops.", published="2025-06-02").events
    assert [(e.cameo.code, [a.name for a in e.target]) for e in events] == [("154", [])], [e.evidence for e in events]
    # ... while soldiers acted on by another are that act's target
    events = pipeline.code_text("Ghanaian police arrested two soldiers.", published="2025-06-02").events
    assert [[a.name for a in e.target] for e in events] == [["soldiers"]], [e.evidence for e in events]


def test_a_force_backed_or_trained_by_a_state_is_not_its_own(pipeline):
    # the backer of rebels is not their country; the sender of drones is
    events = pipeline.code_text("Rebels backed by Chile seized a town in Peru.", published="2025-06-02").events
    assert events and all("CHL" not in _countries(e.source) for e in events), [e.evidence for e in events]
    events = pipeline.code_text("Soldiers trained by Chile killed ten farmers.", published="2025-06-02").events
    assert events and all("CHL" not in _countries(e.source) for e in events), [e.evidence for e in events]
    events = pipeline.code_text("Peruvian troops shot down drones launched by Chile.", published="2025-06-02").events
    assert [_countries(e.target) for e in events] == [{"CHL"}], [e.evidence for e in events]


def test_an_international_force_gives_nobody_its_home(pipeline):
    events = pipeline.code_text("UN peacekeepers detained two men near the border.", published="2025-06-02").events
    assert [[a.country for a in e.target] for e in events] == [[None]], [e.evidence for e in events]


def test_ordering_ones_own_forces_to_leave_is_no_expulsion(pipeline):
    events = pipeline.code_text("The Ghanaian general ordered his troops to leave the town.",
                                published="2025-06-02").events
    assert [e.cameo.code[:2] for e in events] == ["10"], [e.evidence for e in events]


def test_a_threat_made_is_one_event_with_the_threat_s_own_status(pipeline):
    # the clause's "could" makes the act hypothetical, not the threat; no bare 130 beside it
    events = pipeline.code_text("Armenia threatened that it could attack Azerbaijan.", published="2025-06-02").events
    assert [(e.cameo.code, "hypothetical" in e.status) for e in events] == [("138", False)], \
        [e.evidence for e in events]


@pytest.mark.parametrize("sentence,historical", [
    ("The activist, who had been arrested 15 months ago, spoke to reporters on Friday.", True),
    ("Police arrested the activist in June 2007.", True),
    ("Police arrested the activist six months ago.", False),
    ("Police arrested the activist in May 2008.", False),
])
def test_an_act_dated_over_a_year_before_the_story_is_history_by_the_month(pipeline, sentence, historical):
    # the story is of August 2008: May 2007 lies 15 months back, June 2007 14
    arrests = [e for e in pipeline.code_text(sentence, published="2008-08-02").events if e.cameo.code == "173"]
    assert [("historical" in e.status) for e in arrests] == [historical], [(e.date, e.status) for e in arrests]


@pytest.mark.parametrize("sentence,code,flag", [
    # a statement carries its own verb's status
    ("The Chilean minister did not say whether the talks would resume.", "010", "negated"),
])
def test_statements_carry_their_status(pipeline, sentence, code, flag):
    events = [e for e in pipeline.code_text(sentence, published="2025-06-02").events if e.cameo.code == code]
    assert events and all(flag in e.status for e in events), \
        [(e.cameo.code, e.status) for e in pipeline.code_text(sentence, published="2025-06-02").events]


@pytest.mark.parametrize("sentence,expected", [
    # an act in the clause of a verb of wishing, or in a condition, is only imagined: no event
    ("The Peruvian president hopes the rebels will lay down their arms.", []),
    ("Many in Chile would prefer that Peru admit the killings.", []),
    ("If Peru closes the border, Chile will protest.", ["141"]),
    # ... and saying the wish aloud is the statement, a hopeful one (013)
    ("The Chilean president said she hoped Peru would free the fishermen.", ["013"]),
    # a speaker's charge needs an act that happened: one it only imagines is said, not charged
    ("The Peruvian general said that the army could be deployed in Lima.", ["010"]),
    # ... and so is one it foresees: the act stays the other's, still to come, no charge
    ("The Peruvian minister said Chile will attack the border posts.", ["190"]),
    # a refused act is coded as the refusal, once: not also a bare refusal on "refused"
    ("Bolivia refused to meet the Chilean envoy.", ["125"]),
    # "would not" refuses now, whatever its modal
    ("Hungary would not approve the Finnish bid.", ["120"]),
])
def test_acts_not_done_are_coded_once_as_what_they_are(pipeline, sentence, expected):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert [e.cameo.code for e in events] == expected, [(e.cameo.code, e.status, e.evidence) for e in events]
    assert not any("hypothetical" in e.status for e in events)


def test_nouns_coordinated_under_one_verb_are_its_one_event(pipeline):
    # "announced asset freezes and travel bans": one sanction, not a second event for "bans"
    events = pipeline.code_text("Chile announced asset freezes and bans on entry into Chile against two Peruvian generals.",
                                published="2025-06-02").events
    assert [e.cameo.code for e in events] == ["163"], [e.evidence for e in events]


@pytest.mark.parametrize("sentence,root", [
    # "its allies" are not the one who owns them: the act stays, with no target
    ("Bolivia urged its allies to send more doctors.", "02"),
    ("The Chilean president thanked her partners for their help.", "05"),
])
def test_an_act_on_ones_own_allies_is_kept(pipeline, sentence, root):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert [e.cameo.root for e in events] == [root], [e.evidence for e in events]


@pytest.mark.parametrize("sentence,code", [
    # a speaker's forecast of another country's act is not that country's announcement
    ("Chile warned that Bolivia would invade the disputed strip.", "190"),
    # ... while a state's own act, however it names itself, is
    ("Peru said Lima would retaliate against Ecuador.", "138"),
])
def test_a_forecast_of_anothers_act_is_no_announcement(pipeline, sentence, code):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert code in [e.cameo.code for e in events], [e.evidence for e in events]


def test_an_announced_intention_is_a_done_act_a_scheduled_one_is_not(pipeline):
    # the 03x intent is the announcement, which was made; "will meet" is still to come
    [intent] = pipeline.code_text("Chile announced it would release the Bolivian fishermen.").events
    assert intent.cameo.code.startswith("03") and "future" not in intent.status
    [meeting] = pipeline.code_text("The Chilean president will meet Bolivian officials in La Paz.").events
    assert meeting.cameo.code.startswith("04") and "future" in meeting.status


def test_a_passive_conjunct_with_a_subject_of_its_own_takes_no_doer_from_the_first_clause(pipeline):
    # "..., but their boat was shot at": the troops are shot at, not shooting
    events = pipeline.code_text("Bolivian troops tried to cross the river, but their boat was shot at.",
                                published="2025-06-02").events
    shots = [e for e in events if e.cameo.root == "19"]
    assert shots and all(not e.source for e in shots), [(e.cameo.code, e.evidence) for e in events]


def test_modifier_of_an_act_is_its_author_only_when_it_says_whose(pipeline):
    # "opposition demands", "a rebel attack": whose; "a terrorist attack", "a general
    # strike", "anti-government protests": what kind, or against whom
    for sentence, role, found in (("Ministers discussed opposition demands for a recount.", "opposition", True),
                                  ("A rebel attack left three villages without power.", "rebel", True),
                                  ("Ministers discussed the terrorist attack on the port.", "terrorist", False),
                                  ("Unions called a general strike in the capital.", "general", False),
                                  ("Ministers discussed the anti-government protests.", "government", False)):
        actors = pipeline.code_text(sentence, published="2025-06-02").actors
        assert any(a.text.lower() == role for a in actors) is found, (sentence, actors)


def test_a_camp_of_refugees_is_a_kind_of_camp_not_one_they_hold(pipeline):
    # "army positions" are the army's; a "refugee camp" is a kind of camp, no actor
    events = pipeline.code_text("Soldiers raided a refugee camp near the border.", published="2025-06-02").events
    assert events and not any(a.sector == "REF" for e in events for a in e.target), _sides(events)


def test_office_holders_of_smaller_states_are_known(pipeline):
    # people.tsv version 4: heads of government of about 55 more countries
    events = pipeline.code_text("Ariel Henry met the Kenyan president in Nairobi.", published="2023-03-01").events
    assert any("HTI" in {a.country for a in e.source} for e in events), _sides(events)


def test_it_in_what_a_group_says_is_the_name_in_apposition(pipeline):
    result = pipeline.code_text("The rebel movement M23 said it would withdraw from the town.",
                                published="2025-06-02")
    assert [a.country for a in result.actors if a.text == "it"] == ["COD"], result.actors


def test_the_lead_weighs_twice_in_what_a_story_is_about(pipeline):
    # two Bolivian mentions, one in the lead, against one Peruvian: the story is about
    # Bolivia, so its rebels are Bolivian
    result = pipeline.code_text("Bolivian troops raided a rebel camp on Sunday. Peru urged restraint. The Bolivian "
                                "government said the raid had succeeded. The rebels vowed to fight on.",
                                published="2025-06-02")
    assert [a.country for a in result.actors if a.text == "rebels"] == ["BOL"], result.actors


def test_a_sea_named_after_a_state_is_no_state(pipeline):
    # "the South China Sea" is where it happened, not China: no target of China's
    events = pipeline.code_text("Vietnamese troops fired rockets at a ship in the South China Sea.",
                                published="2025-06-02").events
    assert events and not any(a.country == "CHN" for e in events for a in e.target), _sides(events)


@pytest.mark.parametrize("sentence,code,country,sector", [
    # a state body's domestic act naming no one: its country's people
    ("The Zambian government lifted a nationwide curfew on Monday.", "081", "ZMB", None),
    ("Ecuadorean prosecutors opened an inquiry on Friday into the collapse of a new bridge.", "09", "ECU", None),
    # a people's protest or demand for reform naming no one: its country's government
    ("Thousands of Chilean students marched on Thursday to demand free university tuition.", "14", "CHL", "GOV"),
])
def test_a_domestic_act_naming_no_one_is_aimed_at_the_other_side_at_home(pipeline, sentence, code, country, sector):
    events = [e for e in pipeline.code_text(sentence, published="2025-06-02").events if e.cameo.code.startswith(code)]
    assert events, _sides(pipeline.code_text(sentence, published="2025-06-02").events)
    implied = [a for e in events for a in e.target if a.kind == "implied"]
    assert [(a.country, a.sector) for a in implied] == [(country, sector)], _sides(events)
    # implied, not named: no words of its own, a basis that says so, a lower confidence
    assert all(a.start == a.end and a.basis[0].kind == "implied" for a in implied)
    assert any(e.fired("home-measure") or e.fired("home-dissent") for e in events)


@pytest.mark.parametrize("sentence,code", [
    # a target named stays the target
    ("The Zambian government lifted its ban on Malawian traders on Monday.", "081"),
    # a foreign act is no domestic one: a state body's attack, a ceasefire, sanctions
    ("Israel declared a ceasefire on Sunday.", "08"),
    ("The Kenyan government imposed new sanctions on Monday.", "16"),
    # sources of two countries, or an international body, imply no home
    ("Peru and Chile opened an inquiry on Friday into the killings.", "09"),
    ("The United Nations opened an inquiry on Friday into the killings.", "09"),
])
def test_an_act_that_is_not_domestic_gets_no_implied_target(pipeline, sentence, code):
    events = pipeline.code_text(sentence, published="2025-06-02").events
    assert not any(a.kind == "implied" for e in events for a in e.target), _sides(events)
    assert not any(e.fired("home-measure") or e.fired("home-dissent") for e in events)


def test_words_said_at_home_are_aimed_at_no_one_there(pipeline):
    # "In Lima," sets where a Peruvian spoke: Peru is no target of the praise
    events = pipeline.code_text("In Lima, the Peruvian foreign minister praised the new trade rules on Monday.",
                                published="2025-06-02").events
    assert not any(a.country == "PER" for e in events for a in e.target), _sides(events)


def test_an_act_naming_no_one_in_a_datelined_story_is_aimed_at_its_country(pipeline):
    # under a LIMA dateline, a statement and an intent that name no one are about Peru
    story = ("LIMA, Peru (AP) \u2014 The United Nations said on Monday it was deeply concerned by "
             "reports of clashes in the south.\n\nChile said it would send food and medicine.")
    events = pipeline.code_text(story, published="2025-06-02").events
    implied = {(e.cameo.code[:2], a.country) for e in events for a in e.target
               if a.kind == "implied" and e.fired("story-setting")}
    assert {("01", "PER"), ("03", "PER")} <= implied, _sides(events)
    # implied, not named: no words of its own
    assert all(a.start == a.end for e in events for a in e.target if a.kind == "implied")


def test_a_story_from_a_seat_of_international_bodies_implies_no_target(pipeline):
    # GENEVA files the news of the bodies seated there: no Swiss target
    story = "GENEVA (Reuters) - The World Health Organization said on Monday it was deeply concerned."
    events = pipeline.code_text(story, published="2025-06-02").events
    assert events and not any(a.kind == "implied" for e in events for a in e.target), _sides(events)


# A story with no dateline, all about Peru: the article's country is its setting.
UNDATED_STORY = ("Peru's Congress voted on Tuesday to remove the Peruvian interior minister.\n\n"
                 "Lawmakers in Lima accused the minister of failing to stop a wave of extortion in Peru.\n\n"
                 "The United Nations said it was deeply concerned.")


def test_an_act_naming_no_one_in_a_story_without_a_dateline_is_aimed_at_the_country_it_is_about(pipeline):
    events = pipeline.code_text(UNDATED_STORY, published="2025-06-02").events
    concern = [e for e in events if e.cameo.code.startswith("01") and "United Nations" in e.text]
    assert concern and {a.country for e in concern for a in e.target if a.kind == "implied"} == {"PER"}, \
        _sides(events)


def test_a_lone_sentence_is_no_story_with_a_setting(pipeline):
    # the same words in one sentence: no article to be about Peru, so no setting
    lone = UNDATED_STORY.replace(".\n\nLawmakers", ", and lawmakers").split("\n\n")[0]
    for text, expected in ((UNDATED_STORY, "PER"), (lone, None)):
        result = pipeline.code_text(text, published="2025-06-02")
        parsed = pipeline.parser.parse(result.document.text)
        assert story_country(result.actors, parsed, None) == expected, text


def test_a_pronoun_in_a_phrase_of_time_names_no_place(pipeline):
    # "at a time of its choosing": no place where the drills were held, so no target
    events = pipeline.code_text("Peru held military drills at a time of its choosing.", published="2025-06-02").events
    drills = [e for e in events if e.cameo.code.startswith("15")]
    assert drills and not any(a.country == "PER" for e in drills for a in e.target), _sides(events)


def test_force_by_a_state_body_places_no_party_at_home(pipeline):
    # armies strike abroad as often as at home: the militants keep no country
    events = pipeline.code_text("The Peruvian army killed three militants on Tuesday.", published="2025-06-02").events
    force = [e for e in events if e.cameo.root == "19"]
    assert force and not any(a.country for e in force for a in e.target), _sides(events)


def test_a_counterpart_is_the_other_sides_official_and_names_the_one_in_apposition(pipeline):
    text = "The Kenyan foreign minister telephoned his Tanzanian counterpart, Amani Juma, on Monday."
    placed = {(a.text, a.country, a.sector) for a in pipeline.code_text(text, published="2025-06-02").actors}
    assert ("Amani Juma", "TZA", "GOV") in placed, placed
    # "his counterpart": not the minister's own country, whatever the story's setting
    text = "NAIROBI, Kenya (AP) \u2014 The Kenyan foreign minister met his counterpart on Monday."
    placed = {(a.text, a.country, a.sector) for a in pipeline.code_text(text, published="2025-06-02").actors}
    assert ("counterpart", None, "GOV") in placed, placed


def test_what_a_state_official_says_will_be_done_to_someone_is_the_officials_states(pipeline):
    # the passive names no one who will arrest: said by the Peruvian minister, Peru will
    events = pipeline.code_text("The Peruvian interior minister said that looters would be arrested.",
                                published="2025-06-02").events
    arrests = [e for e in events if e.cameo.root == "13"]
    assert arrests and {a.country for e in arrests for a in e.source} == {"PER"}, _sides(events)
    # said by a rights group, nobody is named doing it: no event with a side
    events = pipeline.code_text("A rights group said that looters would be arrested.", published="2025-06-02").events
    assert not any(e.fired("state-announced") for e in events), _sides(events)


def test_the_subject_of_an_active_relative_clause_on_a_passive_subject_acts(pipeline):
    # "protesters who blocked roads would be detained": the protesters blocked, nobody blocked them
    events = pipeline.code_text("Peruvian police said protesters who blocked roads near Lima were detained.",
                                published="2025-06-02").events
    blocking = [e for e in events if e.cameo.root == "14"]
    assert blocking and [a.text for a in blocking[0].source] == ["protesters"], _sides(events)


def test_a_saying_with_its_own_subject_in_a_coordinated_clause_is_a_statement_apart(pipeline):
    # the other clause's act does not silence it; a saying sharing the doer's subject stays silent
    events = pipeline.code_text("Chile cut diplomatic ties with Peru on Monday, and Lima called the decision "
                                "completely unjustified.", published="2025-06-02").events
    assert any(e.cameo.root == "11" and {a.country for a in e.source} == {"PER"} for e in events), _sides(events)
    events = pipeline.code_text("Chile cut diplomatic ties with Peru on Monday and said the decision was final.",
                                published="2025-06-02").events
    assert [e.cameo.root for e in events] == ["16"], _sides(events)


def test_a_force_loyal_to_someone_is_of_their_country(pipeline):
    result = pipeline.code_text("Militiamen loyal to the Peruvian president shelled a market on Monday.",
                                published="2025-06-02")
    assert [a.country for a in result.actors if a.text == "Militiamen"] == ["PER"]
    result = pipeline.code_text("A warplane belonging to the Peruvian general's forces struck the airport.",
                                published="2025-06-02")
    assert [a.country for a in result.actors if a.text == "warplane"] == ["PER"]


def test_a_person_before_the_first_office_the_tables_know_is_what_the_text_calls_them(pipeline):
    # the tables know Kirby's offices from 2021 only: in 2016 he is no former official (ELI)
    result = pipeline.code_text("State Department spokesman John Kirby criticised the decision.",
                                published="2016-06-01")
    [kirby] = [a for a in result.actors if a.name.endswith("Kirby")]
    assert (kirby.country, kirby.sector) == ("USA", "GOV")


def test_an_indefinite_role_word_is_someone_new(pipeline):
    result = pipeline.code_text("Peru's foreign ministry spokesman Ana Zzyzx criticised Chile on Monday. "
                                "A justice ministry spokesman declined to comment.", published="2025-06-02")
    first = next(a for a in result.actors if a.name == "Ana Zzyzx")
    later = next(a for a in result.actors if a.text == "justice ministry spokesman")
    assert later.entity != first.entity


def test_a_body_no_table_knows_takes_its_apposition_and_the_story_country(pipeline):
    result = pipeline.code_text(
        "LA PAZ - Bolivia's electoral court barred three candidates from the presidential race on Monday. "
        "Bolivian police detained ten protesters in La Paz. The Andean Unity Front, the main opposition "
        "alliance, said it would appeal. The Andean Unity Front denied any link to the protests.",
        published="2025-06-02")
    front = [(a.country, a.sector) for a in result.actors if a.text == "Andean Unity Front"]
    assert front == [("BOL", "OPP"), ("BOL", "OPP")], front


def test_a_foreign_government_speaking_of_another_countrys_story_places_no_one_at_home(pipeline):
    result = pipeline.code_text(
        "Bahraini police detained twenty opposition activists on Monday. A Bahraini court jailed two "
        "opposition leaders. Bahrain's interior ministry said the arrests were lawful. A U.S. State "
        "Department spokesman urged the government to talk to the opposition.", published="2025-06-02")
    last = [a for a in result.actors if a.text in ("government", "opposition")]
    assert last and all(a.country == "BHR" for a in last), [(a.text, a.country) for a in last]


def test_the_press_told_something_is_no_party_to_it(pipeline):
    coded = _sides(pipeline.code_text("The Chilean minister told reporters that Chile would retaliate.",
                                      published="2025-06-02").events)
    assert coded and all(None not in t for _, _, t, _ in coded), coded


def test_a_pronoun_after_a_fronted_phrase_is_the_last_sentences_subject(pipeline):
    # the person inside "In a call with X," is not who "he" is
    result = pipeline.code_text("President Ana Zzyzx of Peru said she still believed the plan could work. "
                                "In a telephone call with Chilean President Luis Quispe, she asked him to press "
                                "Bolivia.", published="2025-06-02")
    asked = [e for e in result.events if e.trigger and e.trigger.text == "asked"]
    assert asked and {a.country for a in asked[0].source} == {"PER"}, _sides(asked)


def test_where_words_were_said_is_not_where_the_speaker_is_from(pipeline):
    # "demanded in Lima that ...": Lima is where she spoke; the dateline says whose she is
    coded = _sides(pipeline.code_text("SANTIAGO, Chile - Chief government negotiator Ana Zzyzx demanded in Lima "
                                      "that the rebels free the hostage before any talks could begin.",
                                      published="2025-06-02").events)
    assert any(c.startswith("10") and s == {"CHL"} for c, s, _, _ in coded), coded


def test_words_with_a_clause_said_abroad_are_aimed_at_whom_the_clause_is_about(pipeline):
    result = pipeline.code_text("The Chilean foreign minister demanded in Lima that Bolivia release the two "
                                "truck drivers.", published="2025-06-02")
    demands = [e for e in result.events if e.cameo.code.startswith("10")]
    assert demands and {a.country for a in demands[0].target} == {"BOL"}, _sides(demands)


def test_a_protest_over_a_clash_is_aimed_at_the_other_side_of_it(pipeline):
    coded = _sides(pipeline.code_text(
        "Chilean and Peruvian troops fought with clubs on the border on Monday. The Chilean foreign minister "
        "lodged a strong protest over the incident.", published="2025-06-02").events)
    assert any(c == "114" and s == {"CHL"} and t == {"PER"} for c, s, t, _ in coded), coded


def test_saying_ones_own_forces_did_not_strike_denies_it(pipeline):
    coded = _sides(pipeline.code_text("The Chilean defence ministry said Chilean aircraft had not carried out any "
                                      "strikes near the border.", published="2025-06-02").events)
    assert [c for c, _, _, _ in coded] == ["016"] and coded[0][1] == {"CHL"} and coded[0][2] == set(), coded


def test_saying_another_did_not_strike_charges_no_one(pipeline):
    coded = _sides(pipeline.code_text("The Peruvian army said Chilean jets had not bombed the village.",
                                      published="2025-06-02").events)
    assert not any(c.startswith("11") for c, _, _, _ in coded), coded
