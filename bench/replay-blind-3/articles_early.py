# Articles 2018-2020 (early-NN). Each text is reworded from the page named in model_url:
# same construction, length and clutter; never the page's own sentences.
A = []

A.append(dict(id="early-01", slug="lecho-fr_otan-planifie-mission-irak", language="fr",
  url="https://www.lecho-defense.example.be/international/otan-planification-mission-irak-2018",
  outlet="L'Echo Défense (BE)", published="2018-02-15",
  date_evidence="Dateline and 'jeudi' after the defence ministers' meeting of 15 Feb 2018",
  title="L'Otan entame la planification d'une mission de formation en Irak",
  model_url="http://www.levif.be/actualite/international/l-otan-se-prepare-a-lancer-une-mission-d-entrainement-en-irak/article-normal-800231.html",
  kind="trap: planning, history of NTM-I, modal",
  text="""Accueil > International > Défense
BRUXELLES (Belga/AFP)
Les ministres de la Défense des 29 pays membres ont donné jeudi leur feu vert au début de la planification d'une mission de l'Otan en Irak, réclamée par le gouvernement de Bagdad et par la coalition internationale contre le groupe Etat islamique.
"Nous venons de décider d'entamer la planification", a déclaré le secrétaire général Jens Stoltenberg lors d'une conférence de presse au siège de l'Alliance, en insistant sur le fait qu'il ne s'agirait en aucun cas d'une "mission de combat".
Selon lui, une présence plus structurée rendrait les efforts de formation "plus durables" et aiderait les forces irakiennes à se professionnaliser. L'objectif serait de lancer la future mission lors du sommet des chefs d'Etat et de gouvernement prévu en juillet à Bruxelles.
Aucun effectif n'a été avancé. On estime toutefois dans les couloirs de l'Otan que plusieurs centaines de personnes pourraient être nécessaires, notamment pour mettre sur pied des écoles et des académies militaires.
L'Alliance forme déjà des militaires irakiens à petite échelle : une vingtaine d'instructeurs sont sur place, et une partie des cours se tient en Jordanie voisine.
Ce n'est pas une première. De 2004 à 2011, l'Otan avait conduit en Irak une mission d'entraînement, la "NATO Training Mission-Iraq" (NTM-I), à laquelle elle avait mis fin lorsque Bagdad avait refusé d'accorder l'immunité aux soldats alliés.
A lire aussi : Syrie : Ankara poursuit son offensive à Afrine
Publicité - Comparez les assurances auto en deux minutes
Réagir à cet article (0 commentaire)"""))

A.append(dict(id="early-02", slug="capitalwire_canada-extends-nmi-command", language="en",
  url="https://www.capitalwire.example.ca/2019/06/26/canada-keeps-lead-of-nato-iraq-mission-until-2020",
  outlet="Capital Wire (Ottawa)", published="2019-06-26",
  date_evidence="'Published June 26th, 2019' in the page",
  title="Canada to keep command of NATO Iraq mission until late 2020; new commander named",
  model_url="https://old.ipolitics.ca/2019/06/26/caf-to-lead-nato-iraq-mission-until-nov-2020-sets-date-for-rededication-of-kandahar-cenotaph",
  kind="designation (future commander), national contingent 250",
  text="""News | Defence
Canada to keep command of NATO Iraq mission until late 2020; new commander named
Published June 26th, 2019 at 2:55pm
Ottawa has agreed to lead the NATO mission in Iraq for a second year, the Defence Minister announced on Wednesday, pushing the end of Canadian command to November 2020.
Harjit Sajjan told reporters in Brussels, where he is attending a gathering of allies on the fight against the Islamic State group, that the Canadian Armed Forces will keep the helm of NATO Mission Iraq rather than hand it over this autumn as first planned.
The mission brings together several hundred trainers, advisers and support staff from allied and partner countries, among them up to 250 Canadian Armed Forces members, and helps Iraq strengthen its defence and security institutions.
"Standing with our allies in Iraq keeps Canadians safer at home," Sajjan said in a written statement.
Sajjan also named the officer who will take charge. Brigadier-General Jennie Carignan is to assume command of the mission in the fall, once she has been promoted to major-general.
She will replace Major-General Dany Fortin, who has been at the head of the mission since it stood up in November 2018.
Announced at the alliance's July 2018 summit at Baghdad's request, the mission trains Iraqi instructors in countering improvised explosive devices, civil-military planning, armoured vehicle maintenance and military medicine.
Photo: Defence Minister Harjit Sajjan. (Capital Wire/File)
RELATED: Kandahar cenotaph to be rededicated in August
Sign up for our Defence Insider newsletter"""))

A.append(dict(id="early-03", slug="prairiedaily_carignan-takes-command", language="en",
  url="https://www.prairiedaily.example.ca/news/world/carignan-nato-iraq-command-1.5371",
  outlet="Prairie Daily", published="2019-11-26",
  date_evidence="Byline date 26 Nov 2019; 'on Tuesday' in Baghdad",
  title="Canadian general takes over NATO's training mission in Iraq",
  model_url="https://www.thebaghdadpost.com/en/Story/50863/Danish-general-takes-helm-of-NATO-non-combat-mission-in-Iraq",
  kind="event: carignan",
  text="""World | Middle East
Canadian general takes over NATO's training mission in Iraq
The Canadian Press · Posted: Nov 26, 2019 11:40 AM CT
Maj.-Gen. Jennie Carignan is the new commander of NATO Mission Iraq, after a handover ceremony held in Baghdad on Tuesday.
She takes over from Maj.-Gen. Dany Fortin, who had led the non-combat mission since its launch in the fall of 2018.
"I am honoured to lead women and men from so many nations in support of our Iraqi partners," Carignan told those at the ceremony, which was attended by Iraqi officers and allied ambassadors.
Carignan, a combat engineer who commanded a task force in Kandahar in 2010, is one of a handful of women to reach general officer rank in the Canadian Armed Forces.
The mission advises Iraqi defence officials and trains instructors at military schools in and around Baghdad, with the aim of preventing a comeback of the Islamic State group.
Canada contributes about 250 soldiers to the mission, part of a wider deployment of some 850 Canadian personnel in the region.
Fortin returns to Canada after a year in command.
Photo caption: Maj.-Gen. Jennie Carignan at the ceremony in Baghdad. (NATO Mission Iraq Public Affairs)
Report a typo or error | Share this story"""))

A.append(dict(id="early-04", slug="eurobrief_euam-iraq-new-head", language="en",
  url="https://www.eurobrief.example.eu/csdp/euam-iraq-head-of-mission-appointed",
  outlet="EuroBrief", published="2019-12-11",
  date_evidence="'On 11 December 2019' in the text",
  title="EUAM Iraq: Council appoints new head of mission",
  model_url="https://www.pubaffairsbruxelles.eu/eu-institution-news/euam-iraq-new-head-of-mission-appointed/",
  kind="trap: another mission (EU advisory mission)",
  text="""EU Institution News
EUAM Iraq: Council appoints new head of mission
On 11 December 2019 the Political and Security Committee named Christoph Buik as the next head of the European Union Advisory Mission in Iraq (EUAM Iraq). He will start in the post on 1 January 2020.
Mr Buik, a German national, currently directs the UN Standing Police Capacity and was earlier Police Commissioner of the UN Assistance Mission in Somalia.
He succeeds Markus Ritter, who has led the mission since October 2017.
Based in Baghdad, EUAM Iraq advises the Iraqi authorities at strategic level on countering terrorism and organised crime, including border management, financial crime, money laundering and trafficking in cultural heritage. It coordinates its work with the other international actors in the country, including the NATO mission in Iraq.
The mission was launched on 16 October 2017 to support the civilian side of Iraq's national security programme.
Tags: CSDP, Iraq, security sector reform
Previous: Council prolongs EUCAP Sahel Mali | Next: EU-Western Balkans summit conclusions"""))

A.append(dict(id="early-05", slug="globalwire_nato-suspends-iraq-training", language="en",
  url="https://www.globalwire.example.com/2020/01/04/nato-halts-iraq-training-soleimani",
  outlet="Global Wire", published="2020-01-04",
  date_evidence="'on Saturday' after the 3 Jan 2020 strike; byline date",
  title="NATO halts training in Iraq after US strike kills Soleimani",
  model_url="https://www.militarytimes.com/news/your-military/2020/01/04/nato-suspends-training-iraqi-soldiers-over-security-concerns/",
  kind="event: suspension-2020",
  text="""BRUSSELS (Global Wire) — NATO has put its training of Iraqi soldiers on hold after the killing of Iranian Gen. Qassem Soleimani, the alliance said on Saturday.
In a statement, the alliance said the safety of its people was "paramount", even if the Canadian-led mission is expected to carry on in the future.
"We continue to take all precautions necessary," NATO spokesman Dylan White said. "NATO's mission is continuing, but training activities are temporarily suspended."
Soleimani, who led the Quds Force of Iran's Revolutionary Guards, died early Friday near Baghdad's international airport in a US drone strike that also killed senior Iraqi militia figures.
The strike has sent regional tensions soaring and put the US partnership with Baghdad under strain.
NATO Mission Iraq numbers several hundred personnel from allied nations and non-NATO partners, who advise Iraqi officials and train instructors at the request of the government.
Secretary-General Jens Stoltenberg spoke by phone with US Defense Secretary Mark Esper, White added.
Share:
In Other News
Load More"""))

A.append(dict(id="early-06", slug="nieuwsblad-nl_navo-legt-training-irak-stil", language="nl",
  url="https://www.nieuwsdag.example.nl/buitenland/navo-legt-trainingen-in-irak-stil",
  outlet="Nieuwsdag", published="2020-01-07",
  date_evidence="Page date 7 Jan 2020",
  title="Nederlandse militairen weg uit Irak, NAVO legt trainingen stil",
  model_url="https://www.collector.com.tr//980681774",
  kind="suspension (secondary, Dutch) + national contingent",
  text="""Buitenland
Nederlandse militairen weg uit Irak, NAVO legt trainingen stil
Nederlandse militairen en collega's uit andere NAVO-landen zijn uit Irak weggehaald. Het bondgenootschap heeft de trainingsmissie in Irak tijdelijk stilgelegd vanwege de oplopende spanningen in de regio.
Het gaat om een klein aantal Nederlandse instructeurs dat Iraakse militairen opleidde. Zij zijn naar een ander land in de regio overgebracht, meldt Defensie. Waar precies, wil het ministerie om veiligheidsredenen niet zeggen.
De NAVO-missie in Irak bestaat uit enkele honderden militairen en burgers. Na de Amerikaanse aanval waarbij de Iraanse generaal Soleimani omkwam, besloot de NAVO zaterdag de trainingen op te schorten. "De missie gaat door, maar de trainingsactiviteiten liggen voorlopig stil", aldus een woordvoerder.
Lees ook: Iraaks parlement wil vertrek buitenlandse troepen
Meer nieuws uit Buitenland"""))

A.append(dict(id="early-07", slug="atlanticmonitor_ministers-enhance-nmi", language="en",
  url="https://www.atlanticmonitor.example.org/2020/02/12/nato-ministers-agree-to-expand-iraq-training",
  outlet="Atlantic Monitor", published="2020-02-12",
  date_evidence="Defence ministers' meeting of 12 Feb 2020, press conference quoted the same day",
  title="NATO ministers agree to take on coalition training in Iraq",
  model_url="https://themediatimes.com/nato-to-expand-the-iraqi-training-mission-has-yet-to-be-approved-by-iraq/",
  kind="event: enhancement-2020",
  text="""NATO ministers agree to take on coalition training in Iraq
By Atlantic Monitor staff | February 12, 2020
NATO defence ministers on Wednesday agreed in principle to enhance the alliance's training mission in Iraq, which was put on hold last month after a US missile strike at Baghdad airport killed Iran's top military commander, Qassem Soleimani.
Under the plan, some of the trainers now working for the Global Coalition against ISIS would move under NATO Mission Iraq to keep building up the Iraqi army. No additional NATO personnel would be sent to the country, officials said.
"First and foremost, NATO Mission Iraq will take over some of the coalition's current training activities," Secretary-General Jens Stoltenberg told a news conference in Brussels after the meeting. "Ministers also agreed to look at what more we can do."
Stoltenberg said every step would be coordinated with the Iraqi government. "We are in Iraq at the invitation of the Iraqi government, and we will stay only as long as we are welcome," he said.
Asked whether Baghdad had formally approved the move, he said contacts with Iraqi leaders were continuing.
US President Donald Trump had called on the allies last month to become "much more involved" in the Middle East.
Photo: Jens Stoltenberg at the press conference after the defence ministers' meeting. (Atlantic Monitor)
Most read: Munich Security Conference opens amid transatlantic rift"""))

A.append(dict(id="early-08", slug="dailyledger_stoltenberg-restart-asap", language="en",
  url="https://www.dailyledger.example.com/2020/02/14/nato-plans-expanded-training-mission-in-iraq",
  outlet="The Daily Ledger", published="2020-02-14",
  date_evidence="Byline 'February 14, 2020'",
  title="NATO plans bigger Iraq training role, but restart date unclear",
  model_url="https://inewstoday.net/2020/02/north-atlantic-treaty-organisation-plans-expanded-training/",
  kind="trap: 'remains suspended', restart wished 'as soon as possible' (no resumption), national contingent 250",
  text="""NATO plans bigger Iraq training role, but restart date unclear
Marion Keller
February 14, 2020
NATO Secretary-General Jens Stoltenberg told reporters the alliance's mission in Iraq would start training again "as soon as possible", but said no decision had been made on how many trainers would move over from the US-led coalition.
The plan is to shift hundreds of trainers now working with the coalition fighting ISIS to the Canadian-led NATO Mission Iraq, but Stoltenberg and Canada's Defence Minister Harjit Sajjan gave few details, saying talks were still going on.
Sajjan indicated that the training remains suspended because of security worries and political uncertainty in Baghdad, and that talks are under way on when it can pick up again. Canada has about 250 soldiers assigned to the mission.
He did say that a group of military engineers who teach Iraqi forces to defuse explosives under the coalition might be folded into the NATO mission.
"Even if NATO takes on a bigger capacity-building role, the needs on the ground remain the same," Sajjan said.
Unlike the coalition, NATO troops do not take part in combat operations in Iraq.
Advertisement
Comments (3) | Share on Facebook | Tweet"""))

A.append(dict(id="early-09", slug="eastwire_ministers-nco-engineers-police", language="en",
  url="https://www.eastwire.example.com/world/nato-foreign-ministers-agree-to-expand-iraq-mission-20200402",
  outlet="EastWire News", published="2020-04-02",
  date_evidence="'02nd April, 2020' in the dateline",
  title="NATO foreign ministers agree to expand Iraq mission",
  model_url="https://www.urdupoint.com/en/world/nato-foreign-ministers-agree-to-expand-missio-882136.html",
  kind="event: nco-engineers-police-2020",
  text="""NATO Foreign Ministers Agree To Expand Iraq Mission
NATO will take over a number of training tasks in Iraq that the US-led coalition has been carrying out, Secretary General Jens Stoltenberg said on Thursday after a videoconference of the alliance's foreign ministers
BRUSSELS (EastWire News - 02nd April, 2020) NATO will take over a number of training tasks in Iraq that the US-led coalition has been carrying out, Secretary General Jens Stoltenberg said on Thursday after a videoconference of the alliance's foreign ministers.
"Ministers agreed to strengthen our training mission in Iraq by taking on some of the training activities of the Global Coalition, including the training and education of non-commissioned officers, engineers and the Federal Police," Stoltenberg told an online press briefing. "We are doing this in full consultation with the Iraqi authorities and the coalition."
The coalition, known as Combined Joint Task Force - Operation Inherent Resolve, said on March 20 that it would reduce its presence in Iraq because of the COVID-19 outbreak.
Related: Stoltenberg: alliance militaries help civilian authorities fight pandemic
EastWire News / Copyright"""))

A.append(dict(id="early-10", slug="nordicwire-en_nato-maintains-missions-corona", language="en",
  url="https://www.nordicwire.example.com/nato-maintains-missions-and-provides-corona-support-in-iraq",
  outlet="NordicWire (machine-translated)", published="2020-04-16",
  date_evidence="NATO defence ministers' videoconference mentioned as upcoming; mid-April 2020",
  title="Nato maintains missions and provides corona support in Iraq",
  model_url="https://www.kxan36news.com/nato-maintains-missions-and-provide-coronastotte-in-iraq",
  kind="trap: nothing new; 'activities reduced'; Denmark to take over later (future)",
  text="""Nato maintains missions and provides corona support in Iraq
As soon as conditions allow, the Nato decision on expanding the mission in Iraq will be implemented, says Jens Stoltenberg.
Nato goes on with its missions around the world despite the spread of the coronavirus - but with preventive measures and a lower level of activity.
In Iraq, where Denmark is due to take over leadership of the Nato training mission later this year, the alliance helps with the corona crisis.
- We are still present in Iraq. The mission commander is there. We support the Iraqi security forces, and we help them cope with the Covid-19 crisis, says Secretary General Jens Stoltenberg.
In Iraq the activities have been scaled down. That happened already before the virus outbreak, because of attacks on bases and a worsening security situation.
- Training by both Nato and the global coalition against Daesh was reduced even before Covid-19. The virus has then added to the crisis, says Stoltenberg.
- We will step up our activities on the ground as soon as conditions allow it. And we are ready for that, he says.
The missions in Afghanistan and Kosovo also continue, as do the battlegroups in Poland and the Baltic countries.
Nato defence ministers will hold a videoconference next week.
(ritzau-style translation; original in Danish)"""))

A.append(dict(id="early-11", slug="sjaellandnyt-da_danmark-groent-lys-nmi", language="da",
  url="https://www.sjaellandnyt.example.dk/verden/danmark-faar-groent-lys-til-nato-mission-i-irak",
  outlet="Sjælland Nyt (Ritzau)", published="2020-10-21",
  date_evidence="Month from page (2020-10); day approximated from the defence minister's statement",
  title="Danmark får grønt lys fra Irak og Nato til snarlig mission",
  model_url="https://sn.dk/Verden/Danmark-faar-groent-lys-fra-Irak-og-Nato-til-snarlig-mission/artikel/1377189?rss",
  kind="trap: national contingent (knap 200), decision retold",
  text="""Verden
Danmark får grønt lys fra Irak og Nato til snarlig mission
- Vi arbejder videre med NATO-missionen i Irak, som Danmark skal stå i spidsen for. De første rejser snart, siger forsvarsminister Trine Bramsen (S).
Hun understreger, at det er vigtigt, at der fortsat er opbakning til, at Nato gennemfører missionen.
Natos medlemslande besluttede i sommeren 2018 at oprette en træningsmission i Irak efter invitation fra landets regering. Formålet er at hjælpe de irakiske styrker med at holde Islamisk Stat og lignende grupper nede.
Tidligere i år blev landene enige om at udvide missionen, så Nato overtog en del af de opgaver, som den USA-ledede koalition havde haft.
USA's drab på en iransk general i Irak i januar skabte uro, og det irakiske parlament vedtog en resolution om, at udenlandske styrker skulle forlade landet.
- Det har været afgørende at få genbekræftet, at Irak står sammen med Nato. Vi er der på Iraks invitation. Derfor er vi klar, siger Bramsen.
Knap 200 danske soldater følger med til missionen. Tallet kan blive justeret senere. Der er ingen kampsoldater med.
Danmark overtager ledelsen af missionen fra Canada.
Annonce
Læs også: Forsvaret søger flere værnepligtige"""))

A.append(dict(id="early-12", slug="tigrispost_danish-general-takes-helm", language="en",
  url="https://www.tigrispost.example.iq/en/story/danish-general-takes-helm-of-nato-mission-iraq",
  outlet="Tigris Post", published="2020-11-30",
  date_evidence="Page timestamp 'Monday, 30 November 2020'; ceremony 'on November 24'",
  title="Danish general takes helm of NATO non-combat mission in Iraq",
  model_url="https://www.thebaghdadpost.com/en/Story/50863/Danish-general-takes-helm-of-NATO-non-combat-mission-in-Iraq",
  kind="event: olsen",
  text="""Tuesday, 01 December 2020
Monday, 30 November 2020 05:10 PM
Danish general takes helm of NATO non-combat mission in Iraq
Following a change of command ceremony in Baghdad on November 24, Lieutenant-General Per Pugholm Olsen of the Danish armed forces now commands NATO Mission Iraq (NMI).
He replaces Major-General Jennie Carignan of the Canadian Armed Forces, in command of the mission since November 2019.
"Major-General Carignan led us with distinction through a very difficult period," NATO Secretary General Jens Stoltenberg said.
"I wish Lieutenant General Pugholm Olsen every success in his new role, and I look forward to working with him as we keep expanding our mission at the request of the Iraqi government."
Denmark is expected to lead the mission until mid-2022.
Tags: NATO, Denmark, Iraq
Most viewed: Baghdad reopens Green Zone to traffic"""))

A.append(dict(id="early-13", slug="forsvaret-dk_olsen-overtager-nmi", language="da",
  url="https://www.forsvaret.dk/da/nyheder/2020/generalloejtnant-olsen-i-spidsen-for-nmi/",
  outlet="Forsvaret (Danish Defence)", published="2020-11-25",
  date_evidence="Ceremony 'den 24. november'; news item of the following day",
  title="Dansk general i spidsen for NATOs rådgivningsmission i Irak",
  model_url="https://www.forsvaret.dk/da/nyheder/2020/danmark-er-i-spidsen-for-natos-mission-i-irak/",
  kind="olsen (secondary, Danish, official); Burke (JFC Naples) in caption",
  text="""Nyheder
Ledelsen af NATO Mission Iraq overgår fra Canada til Danmark ved ceremoni i Bagdad
Billedtekst: Den canadiske generalmajor Jennie Carignan overdrager ansvaret til generalløjtnant Per Pugholm Olsen. I midten chefen for NATOs hovedkvarter i Napoli, den amerikanske admiral Robert P. Burke.
Af Forsvarskommandoen
Den 24. november overtog generalløjtnant Per Pugholm Olsen formelt ledelsen af NATO Mission Iraq ved en ceremoni i Bagdad. Han afløser den canadiske generalmajor Jennie Carignan.
Ikke en kampmission
Efter anmodning fra den irakiske regering rådgiver og træner missionen det irakiske sikkerhedsapparat, så landet selv kan forhindre, at ISIL vender tilbage.
Missionen rådgiver blandt andet forsvarsministeriet, forsvarsstaben og den nationale sikkerhedsrådgiver i Bagdad. Planen er, at rådgivningen i perioden med dansk ledelse skal udvides til flere ministerier med sikkerhedsstyrker og også geografisk.
- Det er en stor og krævende opgave, som Forsvaret kan løfte takket være mange års erfaring fra internationale operationer, siger Per Pugholm Olsen.
Det danske bidrag omfatter ud over chefen et stabsbidrag, et sikrings- og eskortebidrag og et nationalt støtteelement i Kuwait.
Del artiklen | Kontakt presseafdelingen"""))

A.append(dict(id="early-14", slug="transatlanticreview_big-ideas-nmi-oped", language="en",
  url="https://www.transatlanticreview.example.com/2020/03/06/what-nato-can-and-cannot-do-in-iraq",
  outlet="Transatlantic Review (opinion)", published="2020-03-06",
  date_evidence="Byline date 6 March 2020",
  title="Argument: What NATO Can - and Cannot - Do in Iraq",
  model_url="https://foreignpolicy.com/2020/03/06/iraq-islamic-state-military-nato-advisors/",
  kind="trap: op-ed, modal, 'may include'",
  text="""Argument
What NATO Can - and Cannot - Do in Iraq
Handing the allies a bigger share of the counter-ISIS burden makes sense. But Washington should be realistic about European capabilities.
By Harriet Lomond | March 6, 2020
Photo: An Iraqi soldier at a training range near Baghdad, Feb. 2019. (Getty Images)
After U.S. President Donald Trump urged allies to "get more involved in the Middle East," NATO defense ministers last month agreed to "enhance" the alliance's training effort in Iraq. The details are still open, but the mission might eventually absorb some of the tasks U.S. troops perform for Iraqi units.
On paper, asking Europeans to do more is sensible. Why should Washington carry most of the load when Europe is at least as exposed to jihadist terrorism?
But the alliance should be honest about its limits. NATO Mission Iraq has only a few hundred people, and it could easily be doubled or tripled without changing much on the ground if Baghdad's politics stay hostile.
In my view, the allies would do better to keep the mission small and focused on the ministries than to promise a surge they cannot sustain.
Harriet Lomond is a fellow at a Washington think tank. The views expressed are her own.
Read more: Afghanistan deal leaves allies guessing | Subscribe for full access"""))
