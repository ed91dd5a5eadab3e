A = []

A.append(dict(id="late-01", slug="midwestap_nato-boosts-iraq-mission", language="en",
  url="https://www.midwest13.example.com/2021/02/18/nato-scales-up-iraq-mission-with-thousands-of-personnel/",
  outlet="Midwest 13 News (AP)", published="2021-02-18",
  date_evidence="URL date and 'Thursday' defence ministers' meeting, 18 Feb 2021",
  title="NATO scales up Iraq mission with thousands of personnel",
  model_url="https://wrex.com/2021/02/18/nato-boosts-iraq-mission-with-thousands-of-personnel/",
  kind="event: size-4000, beyond-baghdad-2021; history trap (suspended last year)",
  text="""BRUSSELS (AP) — NATO is scaling up its mission to train Iraq's security forces with thousands of additional personnel, Secretary-General Jens Stoltenberg said, to help the country keep the Islamic State group from coming back.
After chairing a videoconference of defense ministers on Thursday, Stoltenberg said "the size of our mission will increase from 500 personnel to around 4,000."
He said NATO Mission Iraq will also work outside the capital, Baghdad, but only in close consultation with the Iraqi government, and that training activities will now include more Iraqi security institutions.
The increase would be gradual and "conditions-based," he added.
The mission was launched in 2018 but was temporarily suspended last year after a U.S. drone strike killed Iran's top general at Baghdad airport, angering the Iraqi government.
Copyright 2021 The Associated Press. All rights reserved.
Trending now: Winter storm leaves millions without power"""))

A.append(dict(id="late-02", slug="steppenews_nato-confirms-500-to-4000", language="en",
  url="https://www.steppenews.example.com/en/world/nato-to-increase-iraq-contingent-gradually-20210218",
  outlet="Steppe News (Sputnik)", published="2021-02-18",
  date_evidence="Dateline '18th February, 2021'",
  title="NATO Plans To Gradually Increase Iraq Contingent From 500 To 4,000",
  model_url="https://www.urdupoint.com/en/world/nato-plans-to-gradually-increase-its-continge-1172051.html",
  kind="size-4000 (secondary)",
  text="""NATO Plans To Gradually Increase Its Contingent In Iraq From 500 To 4,000 - Stoltenberg
NATO has confirmed it will expand its training mission in Iraq and intends to raise the alliance's contingent there step by step from 500 to 4,000 troops, Secretary General Jens Stoltenberg said on Thursday
BRUSSELS (Steppe News / Sputnik - 18th February, 2021) NATO has confirmed it will expand its training mission in Iraq and intends to raise the alliance's contingent there step by step from 500 to 4,000 troops, Secretary General Jens Stoltenberg said on Thursday.
"Today we decided to expand NATO Mission Iraq to support Iraqi forces in their fight against terrorism and to make sure that ISIS [banned in Russia] does not return. The size of our mission will grow from 500 personnel to around 4,000," Stoltenberg told a briefing after a videoconference of defence ministers.
On Monday, the secretary general said the mission would grow gradually, depending on the situation and in coordination with Baghdad and the anti-terrorist coalition.
Stoltenberg discussed the expansion with Iraqi Prime Minister Mustafa al-Kadhimi before the ministerial meeting.
Views: 412 | Related news"""))

A.append(dict(id="late-03", slug="infomonde-fr_otan-4000-irak", language="fr",
  url="https://www.infomonde.example.fr/international/l-otan-va-porter-sa-mission-en-irak-a-4000-personnes",
  outlet="InfoMonde", published="2021-02-18",
  date_evidence="'jeudi' ministerial videoconference of 18 Feb 2021",
  title="L'Otan va porter sa mission en Irak à environ 4 000 personnes",
  model_url="https://www.alliansfriheten.se/nato-to-expand-iraq-mission-to-around-4000-personnel-france24-com/",
  kind="size-4000 (secondary, French); Afghanistan 9,600 trap",
  text="""International
L'Otan va porter sa mission en Irak à environ 4 000 personnes
Le secrétaire général de l'Otan Jens Stoltenberg a annoncé jeudi que les Alliés avaient décidé de faire passer la mission de l'Otan en Irak de 500 à environ 4 000 personnes, tandis que les ministres de la Défense repoussaient leur décision sur la mission d'appui en Afghanistan, forte de 9 600 militaires.
"L'effectif de notre mission passera de 500 à environ 4 000 personnes", a-t-il déclaré, en précisant que la montée en puissance serait "progressive".
Les activités de formation s'étendront à davantage d'institutions de sécurité irakiennes et à des zones situées au-delà de Bagdad, a-t-il ajouté.
M. Stoltenberg a insisté sur le fait que la mission est menée "à la demande du gouvernement irakien" et "dans le plein respect de la souveraineté et de l'intégrité territoriale de l'Irak".
Avec AFP
Lire aussi : Afghanistan, l'Otan suspendue à la décision de Washington"""))

A.append(dict(id="late-04", slug="nato-int_denmark-lollesgaard-assumes-command", language="en",
  url="https://www.nato.int/cps/en/natohq/news_lollesgaard_nmi_2021.htm",
  outlet="NATO (official)", published="2021-05-06",
  date_evidence="'Today (6 May 2021)'",
  title="Denmark reaffirms its commitment to command NATO Mission Iraq",
  model_url="https://www.nato.int/cps/en/natohq/news_183402.htm?selectedLocale=en",
  kind="event: lollesgaard",
  text="""Denmark reaffirms its commitment to command NATO Mission Iraq
06 May. 2021 - | Last updated: 10 May. 2021 10:32
On 6 May 2021, Lieutenant-General Michael Lollesgaard of the Danish Armed Forces took command of NATO Mission Iraq at a ceremony in Baghdad. He follows Lieutenant General Per Olsen, also of Denmark, who had led the mission since November 2020.
"I am grateful to Lieutenant General Olsen for his service," Secretary General Jens Stoltenberg said. "I welcome Lieutenant General Lollesgaard as our mission's new commander and look forward to working with him as we keep advising Iraq's security institutions and armed forces at the request of the Iraqi government."
NATO Mission Iraq was launched at the Brussels Summit in July 2018 at the request of the Iraqi government and set up in Baghdad in October 2018. It is a non-combat advisory, training and capacity-building mission that helps Iraq build more sustainable, transparent, inclusive and effective security institutions and armed forces.
Related news | Photos of the ceremony | Print this page"""))

A.append(dict(id="late-05", slug="jfcnaples-nato-int_lollesgaard-biography", language="en",
  url="https://jfcnaples.nato.int/nmi/about-us/leadership/commander-biography-2021",
  outlet="JFC Naples / NMI (official)", published="2021-04-20",
  date_evidence="Biography says 'by May 2021 he will be posted in Iraq'; page dated before the handover (approximate)",
  title="Lieutenant General Michael Lollesgaard - biography",
  model_url="https://jfcnaples.nato.int/nmi/about-us/leadership/commander-nato-mission-iraq",
  kind="trap: biography (UN force in Mali 12,000; UN mission Hodeidah); future role",
  text="""Search our content
NATO Mission Iraq / About Us / Leadership / Commander
Lieutenant General Michael Lollesgaard
Command experience
Commissioned in 1985, Lieutenant General Michael Lollesgaard has commanded at battalion, brigade and division level and has wide experience of international operations. He served as an operations staff officer in the US-led Multinational Division North in Bosnia-Herzegovina, as Chief J3 Operations of the British-led division in Iraq, and as commander of the Peace Support Operations Centre in Sarajevo.
More recently he commanded the 12,000-strong UN force in Mali and was then appointed Assistant Secretary-General to head the UN mission in Hodeidah, Yemen.
He is at present Chief of the Danish Army. By May 2021 he will be posted to Baghdad as Commander of NATO Mission Iraq.
Training and evaluation
As commander of 1st Danish Brigade he oversaw for more than three years the training and deployment of all Danish forces sent to NATO's ISAF mission in Afghanistan.
Share | Print | Back to Leadership"""))

A.append(dict(id="late-06", slug="difesanews-it_italia-assume-comando-nmi", language="it",
  url="https://www.difesanews.example.it/shownews/italia-assume-il-comando-della-missione-nato-in-iraq",
  outlet="Difesa News", published="2022-05-10",
  date_evidence="'il 10 maggio 2022'",
  title="L'Italia assume il comando della missione NATO in Iraq",
  model_url="https://www.rid.it/shownews/4937/l-rsquo-italia-assume-il-comando-della-missione-nato-in-iraq",
  kind="iannucci (secondary, Italian); 500 neutral; Italian contingent 46 trap",
  text="""L'Italia assume il comando della missione NATO in Iraq
Il 10 maggio 2022 si è tenuta a Baghdad la cerimonia del cambio al vertice della missione NATO in Iraq (NATO Mission Iraq): il Generale Giovanni Iannucci ha preso il posto del Lieutenant General danese Michael Lollesgaard, che guidava la missione dal maggio 2021.
Alla cerimonia, nella base militare Union III di Baghdad, erano presenti l'Ambasciatore d'Italia in Iraq, Maurizio Greganti, e il Comandante del Comando Operativo di Vertice Interforze, Generale Francesco Paolo Figliuolo.
Per l'Italia si tratta del primo comando della missione: un grande onore, ha sottolineato il Generale Iannucci, ma anche grandi responsabilità.
La missione, di capacity building e addestramento, è stata istituita nel 2018 su richiesta del Governo iracheno e vi partecipano i 30 Paesi dell'Alleanza insieme ad Australia, Finlandia e Svezia. Il personale NATO conta circa 500 unità, compreso il personale civile e di supporto. Il contingente nazionale massimo autorizzato è di 46 militari.
Seguiteci anche sul nostro canale Telegram."""))

A.append(dict(id="late-07", slug="um-dk_denmark-hands-over-command", language="en",
  url="https://via.newsroom.example.dk/press-release/denmark-hands-over-command-of-nato-mission-iraq-to-italy",
  outlet="Ministry of Foreign Affairs of Denmark (via press wire)", published="2022-05-10",
  date_evidence="'Today' handover; 10 May 2022",
  title="Denmark hands over command of NATO Mission Iraq to Italy",
  model_url="https://via.ritzau.dk/pressemeddelelse/13651004/denmark-hands-over-command-of-nato-mission-iraq-to-italy?publisherId=13560888",
  kind="trap: handover to a country, successor not named; outgoing commander named",
  text="""News from the Ministry of Foreign Affairs of Denmark
Denmark hands over command of NATO Mission Iraq to Italy
Today Denmark passed command of NATO Mission Iraq (NMI) to Italy. Denmark had led the mission since November 2020.
At a ceremony in Baghdad the Danish force commander, Lieutenant General Michael Lollesgaard, handed over the command of NMI to Italy. He, his close staff and his protection team, together with two Danish transport helicopters, will return home in May. Denmark will keep contributing force protection, staff officers and civilian and military advisers to NMI.
Foreign Minister Jeppe Kofod said: "Our leadership of NATO Mission Iraq shows Denmark's strong commitment to Iraq's efforts to make the defeat of ISIS last. Today we hand over a mission that works well and is ready to continue in line with Iraqi wishes."
Defence Minister Morten Bødskov said: "I am proud that Denmark has led NATO's mission in Iraq for the past 18 months."
Contact: Press office, +45 33 92 00 00
Subscribe to releases from this publisher"""))

A.append(dict(id="late-08", slug="esteri-it_italy-assumes-command-nmi", language="en",
  url="https://www.esteri.it/en/sala_stampa/archivionotizie/retediplomatica/2022/05/nmi-italian-command-begins/",
  outlet="Italian Ministry of Foreign Affairs (official)", published="2022-05-10",
  date_evidence="'this morning' ceremony; archive path 2022/05; 10 May 2022",
  title="Italy assumes command of NATO Mission Iraq",
  model_url="https://www.esteri.it/en/sala_stampa/archivionotizie/retediplomatica/2022/05/missione-nato-in-iraq-avvio-del-comando-italiano/",
  kind="event: iannucci ('under the authority of')",
  text="""This site uses technical and analytics cookies. By continuing to browse, you agree to the use of cookies.
Italy assumes command of NATO Mission Iraq
Photo: group photo at the start of the Italian command, Baghdad
This morning Italy's Ambassador to Iraq, Maurizio Greganti, and the Commander of the Joint Operations Headquarters, General Francesco Paolo Figliuolo, attended the handover ceremony of NATO Mission Iraq (NMI). For the next 12 months, after the Danish command of General Michael Lollesgaard, it falls to Italy to coordinate the Alliance's work in the country, under the authority of General Giovanni Maria Iannucci.
The ceremony at the UNION III base in Baghdad opened with remarks by NATO's Deputy Supreme Allied Commander Europe, General Tim Radford, who thanked General Lollesgaard for the progress made on Iraq's defence strategy.
The new commander, General Iannucci, said it was a great honour and responsibility for Italy, which leads the mission for the first time, and stressed that teamwork would be key to its success.
You might also be interested in..."""))

A.append(dict(id="late-09", slug="elobjetivo-es_robles-elige-aguero", language="es",
  url="https://www.elobjetivo.example.es/espana/politica/2023-03-01/robles-general-aguero-otan-irak",
  outlet="El Objetivo", published="2023-03-01",
  date_evidence="URL date 2023-03-01",
  title="Robles elige al general Agüero para dirigir la misión de la OTAN en Irak a partir de mayo",
  model_url="https://theobjective.com/espana/politica/2023-03-01/robles-general-otan-irak",
  kind="trap: designation (future), national contingents 128 and 174",
  text="""España / Política
Robles elige al general Agüero para dirigir la misión de la OTAN en Irak a partir de mayo
La ministra descarta ampliar el contingente y evita un nuevo choque con sus socios en el Congreso
La ministra de Defensa, Margarita Robles, ha escogido al teniente general José Antonio Agüero Martínez para ponerse al frente de la misión de la OTAN en Irak desde mayo y durante un año, en relevo del italiano Giovanni Maria Iannucci, según fuentes militares consultadas por este diario y confirmado por una portavoz del ministerio.
Agüero fue ascendido a teniente general en noviembre, pero se había quedado sin destino tras dejar la jefatura del Estado Mayor del Cuartel General de Despliegue Rápido de la OTAN en Bétera (Valencia).
España está presente en Irak en dos misiones de adiestramiento: 174 militares en la coalición internacional contra el Daesh, dentro de la operación Inherent Resolve, y 128 en la misión de la OTAN (NMI), en la que es el primer contribuyente entre los 31 aliados.
El Gobierno no aumentará el número de militares en la NMI cuando Agüero llegue a Bagdad, precisa la portavoz: se trata solo de un relevo en el mando.
Publicidad
Te puede interesar: Las Fuerzas Armadas reciben los primeros blindados 8x8"""))

A.append(dict(id="late-10", slug="lagaceta-es_espana-al-mando-nmi", language="es",
  url="https://www.lagacetadiaria.example.es/espana/espana-al-mando-de-la-mision-de-la-otan-en-irak_20230526",
  outlet="La Gaceta Diaria", published="2023-05-26",
  date_evidence="URL date 20230526; ceremony 'esta misma semana'",
  title="España, al mando de la misión de la OTAN en Irak",
  model_url="https://www.larazon.es/espana/espana-mando-mision-otan-irak_20230526647093c0277db700017c2d52.html",
  kind="aguero (secondary, Spanish)",
  text="""Defensa
España, al mando de la misión de la OTAN en Irak
El teniente general José Antonio Agüero Martínez dirigirá a militares de 30 países en esta misión aliada de asesoramiento
Pie de foto: El general Agüero durante su toma de posesión en Bagdad. EMAD
Por primera vez, y desde esta misma semana, un militar español encabeza la misión de la OTAN en Irak (NMI, por sus siglas en inglés), en la que España participa desde sus comienzos. Se trata del teniente general José Antonio Agüero Martínez, que ha relevado al teniente general italiano Giovanni Iannucci, al frente desde mayo de 2022.
Según un comunicado del Estado Mayor de la Defensa (EMAD), el traspaso se celebró en Bagdad bajo la presidencia del almirante estadounidense Stuart B. Munsch, jefe del Mando Aliado de Fuerzas Conjuntas de Nápoles.
En su intervención, Agüero subrayó que "los iraquíes tienen su propia historia y tradición; a ellos les toca organizar su seguridad y nosotros seguiremos asesorándoles según sus necesidades".
También agradeció a su predecesor el trabajo realizado.
155 mil seguidores | Síguenos en Google News"""))

A.append(dict(id="late-11", slug="ina-en_spanish-commander-receives-nmi", language="en",
  url="https://www.iraqnewsagency.example.iq/en/details/nato-spanish-commander-receives-command",
  outlet="Iraqi News Agency (English)", published="2023-05-24",
  date_evidence="'on Wednesday' ceremony; 24 May 2023",
  title="NATO: Spanish commander takes over mission in Iraq, little change in its work",
  model_url="https://www.ina.iq/eng/ (INA English report of the 24 May 2023 ceremony, found in search without URL)",
  kind="event: aguero (named only 'Jose Antonio'); Munsch trap",
  text="""INA - Baghdad
The North Atlantic Treaty Organization (NATO) said on Wednesday that its presence in Iraq is for advice and training only, as a Spanish general took over command of its mission in the country.
"Today a Spanish commander receives the command of NATO Mission Iraq, and there will be little change in the work of the mission; we will continue what our predecessor started," said Lieutenant General Jose Antonio Aguero in a speech at the change of command ceremony.
He said the alliance's presence "comes at the request of the Iraqi government to support security sector reform," adding that "the mission is not of a combat nature, but gives advice."
"Iraqi colleagues, you have your own history, culture and systems, and it is up to you to organise your security sector; we align our advice with your circumstances," he added.
For his part, Admiral Stuart B. Munsch, commander of Allied Joint Force Command Naples, who chaired the ceremony, praised the outgoing commander, Lieutenant General Giovanni Maria Iannucci of Italy.
Iraqi News Agency | All rights reserved"""))

A.append(dict(id="late-12", slug="difesaonline-en_iannucci-relinquishes-command", language="en",
  url="https://en.difesaweb.example.it/news-armed-forces/missions/baghdad-gen-iannucci-hands-over-nato-mission-iraq",
  outlet="Difesa Web (English edition)", published="2023-05-25",
  date_evidence="'On 24 May' ceremony; published the day after",
  title="Baghdad: Gen. Iannucci hands over command of NATO Mission Iraq",
  model_url="https://en.difesaonline.it/news-forze-armate/missioni/baghdad-il-gen-iannucci-cede-il-comando-della-nato-mission-iraq",
  kind="event: aguero ('rotation ceremony between X and Y' construction); counts 26+2 trap",
  text="""Baghdad: Gen. Iannucci hands over command of NATO Mission Iraq
(To Greater Defence)
On 24 May, at Union III base in Baghdad, home of the headquarters of NATO Mission Iraq (NMI), the rotation ceremony took place between Army Corps General Giovanni Maria Iannucci and Lieutenant General José Antonio Agüero Martínez (ESP).
The ceremony was chaired by the commander of Joint Force Command Naples, Adm. Stuart B. Munsch, in the presence of the Italian ambassador to Iraq, Maurizio Greganti, the ambassadors of the contributing nations and Iraqi authorities, including the Chief of Defence Staff, General Rashid Yarallah.
After a little more than a year, the ceremony closes the period of Italian command, during which Italy coordinated 26 NATO nations and two partners (Australia and Sweden).
Twelve months of intense work saw NMI agree with the Iraqi Ministry of Defence on its work areas and priorities (Long Term Objectives) and launch reforms that are starting to bear fruit, including support that allowed the newly created Iraqi cyber command to reach Initial Operational Capability.
In his farewell speech, Gen. Iannucci thanked the men and women of NMI for their professionalism.
Read also: Italian Navy frigate returns from Gulf of Guinea"""))
