A = []

A.append(dict(id="late-13", slug="lowlandstimes_dutch-general-to-lead-next-year", language="en",
  url="https://www.lowlandstimes.example.nl/2023/10/27/dutch-general-lead-nato-mission-iraq-next-year",
  outlet="Lowlands Times", published="2023-10-27",
  date_evidence="URL date 2023-10-27",
  title="Dutch general to lead NATO mission in Iraq next year; MPs worried",
  model_url="https://nltimes.nl/2023/10/27/dutch-general-lead-nato-mission-iraq-next-year-parliament-concerned",
  kind="designation (future); 300 Dutch soldiers, 3 helicopters trap; opinions",
  text="""Politics
Dutch general to lead NATO mission in Iraq next year; MPs worried
Dutch Brigadier General Cas Schreurs will lead the NATO mission in Iraq next year. The Tweede Kamer approved the contribution this week, but several parties voiced concern about a possible escalation of the war between Israel and Hamas.
The mission is meant to strengthen Iraq's security sector. Around 300 Dutch military personnel and three transport helicopters will be sent to Iraq.
The deployment was backed by the coalition parties VVD, D66, CDA and ChristenUnie, as well as SGP and GroenLinks-PvdA; SP, PVV and DENK voted against.
"The whole region is on edge because of that war," said one GroenLinks-PvdA MP. The ChristenUnie asked for an exit strategy in case the conflict spreads.
Outgoing Defence Minister Kajsa Ollongren acknowledged that security in Iraq had worsened, with a dozen attacks on sites hosting Western troops in a single week, "but we cannot afford to look away from other places in the world."
The military union AFMP said an exit plan was essential. "If people are in danger at some point, we have to get them out," its chairman said.
Reactions (14) | Share"""))

A.append(dict(id="late-14", slug="eurasiadesk_netherlands-takes-command", language="en",
  url="https://www.eurasiadesk.example.com/24052024-netherlands-takes-command-of-nato-mission-iraq/",
  outlet="Eurasia Desk", published="2024-05-24",
  date_evidence="'on Friday (24 May 2024)'",
  title="The Netherlands Takes Command Of NATO Mission Iraq",
  model_url="https://www.eurasiareview.com/24052024-the-netherlands-takes-command-of-nato-mission-iraq/",
  kind="event: schreurs",
  text="""By Eurasia Desk
Lieutenant General Lucas Schreurs of the Netherlands took over command of NATO Mission Iraq on Friday (24 May 2024) at a ceremony in Baghdad. He succeeds Lieutenant General José Antonio Agüero Martínez of Spain, in post since May 2023.
"Taking over command of the NATO Mission in Iraq is an honour for the Netherlands and for me personally," Lieutenant General Schreurs said. "Our motto is 'building safety and security together', and we will keep helping our advisors give our Iraqi counterparts the advice and assistance they need."
The outgoing commander, Lieutenant General Agüero Martínez, said the advisors are the heart of the mission: "They are embedded in the Iraqi institutions and work with their counterparts every day."
Set up in Baghdad in October 2018, NATO Mission Iraq is a non-combat advisory and capacity-building mission that helps Iraq build more sustainable, transparent, inclusive and effective security institutions and forces, with the consent of the Iraqi government.
Click here to view and download the source
Leave a Reply - Your email address will not be published."""))

A.append(dict(id="late-15", slug="nieuwsplein-nl_schreurs-neemt-bevel-over", language="nl",
  url="https://www.nieuwsplein.example.nl/algemeen/20240524/nederlandse-generaal-neemt-bevel-over-van-navo-missie-in-irak/",
  outlet="Nieuwsplein (ANP)", published="2024-05-24",
  date_evidence="URL date 20240524; 'vrijdag'",
  title="Nederlandse generaal neemt bevel over van NAVO-missie in Irak",
  model_url="https://nieuws.nl/algemeen/20240524/nederlandse-generaal-neemt-bevel-over-van-navo-missie-in-irak/",
  kind="schreurs (secondary, Dutch); Dutch contingent 300/120 trap; 32 member states",
  text="""Algemeen
Nederlandse generaal neemt bevel over van NAVO-missie in Irak
De Nederlandse luitenant-generaal Cas Schreurs neemt vrijdag het bevel over van de NAVO-missie in Irak. De missie moet de Iraakse veiligheidssector versterken en is actief in en rond Bagdad. Het is geen gevechtsmissie: de NAVO geeft training en advies.
In Irak zijn ongeveer driehonderd Nederlandse militairen aan het werk. Ongeveer de helft beveiligt de NAVO-missie. Op de luchtmachtbasis Al-Asad staan daarnaast drie Nederlandse Chinooks met zo'n 120 man ondersteunend personeel.
Sinds de oorlog in Gaza is de veiligheid in Irak verslechterd. Door Iran gesteunde groepen vielen Amerikaanse bases aan; de laatste drie maanden was het relatief rustig.
De NAVO-missie telt enkele honderden militairen en burgers. Alle 32 lidstaten en Oostenrijk en Australië dragen eraan bij.
Schreurs volgt de Spaanse luitenant-generaal José Antonio Agüero Martínez op. Hij was eerder commandant van 11 Luchtmobiele Brigade.
ANP
Meer over: Defensie, Irak, NAVO"""))

A.append(dict(id="late-16", slug="tierra-blog-es_construyendo-lazos-union-iii", language="es",
  url="https://www.tierrablog.example.es/2024/04/28/construyendo-lazos-en-bagdad/",
  outlet="Tierra Blog (Ejército)", published="2024-04-28",
  date_evidence="URL date 2024-04-28",
  title="Construyendo lazos en Bagdad",
  model_url="https://ejercitotierra.blog/2024/04/28/construyendo-lazos/",
  kind="trap: reportage, history, counts of countries (26) and objectives (32), liaison with OIR",
  text="""CONSTRUYENDO LAZOS
Texto: redacción / Bagdad (Irak)
Fotos: Sdo. Martín Ruiz
En 2018 el Gobierno iraquí pidió a la OTAN asesoramiento a nivel ministerial en materia de seguridad. Buscaba unas fuerzas de seguridad más sostenibles, transparentes, inclusivas y eficaces, con la ayuda de países con más experiencia.
Así nació la Misión de la OTAN en Irak (NMI, por sus siglas en inglés), independiente de la operación Inherent Resolve de la coalición internacional, en la que España también participa. Ambas tienen un oficial de enlace, ahora español, para intercambiar información.
La misión de la OTAN
La NMI la forman 26 países, 25 de la OTAN y uno asociado, Australia, con personal militar y civil. Trabaja según un plan conjunto con 32 objetivos a largo plazo, como el desarrollo de la Estrategia Militar iraquí.
El cuartel general está en la base «Union III», en la Green Zone de Bagdad, donde se encuentran las instituciones del Estado y varias embajadas.
«El trabajo diario es intenso, pero hay muy buen ambiente», cuenta el oficial de información pública de la misión.
Comparte esto: Facebook | X | WhatsApp"""))

A.append(dict(id="late-17", slug="zonedefense-fr_france-prendra-commandement-nmi", language="fr",
  url="https://www.zonedefense.example.fr/2024/11/04/la-france-prendra-bientot-le-commandement-de-la-mission-de-lotan-en-irak/",
  outlet="Zone Défense", published="2024-11-04",
  date_evidence="URL date 2024-11-04",
  title="La France prendra bientôt le commandement de la mission de l'Otan en Irak",
  model_url="https://www.opex360.com/2024/11/04/le-general-burkhard-confirme-que-la-france-prendra-bientot-le-commandement-de-la-mission-de-lotan-en-irak/",
  kind="trap: future command (no name), coalition (OIR) ending, US advising CTS/peshmerga",
  text="""La France prendra bientôt le commandement de la mission de l'Otan en Irak
Dix ans après sa création sous l'égide des États-Unis pour défaire l'État islamique, l'opération Inherent Resolve [OIR] va changer de visage dans les mois qui viennent.
Le 27 septembre, à la suite d'un accord entre Washington et Bagdad, le Pentagone a annoncé que la mission d'OIR en Irak prendrait fin d'ici septembre 2026, en deux phases. Les forces de la coalition devront avoir quitté « certains sites » avant septembre 2025.
« Les États-Unis ne se retirent pas d'Irak », a toutefois souligné le Pentagone, qui entend continuer à conseiller le service irakien de contre-terrorisme, le commandement des opérations conjointes, l'armée de l'air et les peshmergas kurdes.
Dans ce contexte, le chef d'état-major des armées, le général Thierry Burkhard, a confirmé devant les députés que la France prendrait prochainement le commandement de la mission de l'Otan en Irak [NMI], une mission non combattante de conseil.
Le nom de l'officier retenu n'a pas été communiqué.
Photo : EMA
Partager | Commenter (7)"""))

A.append(dict(id="late-18", slug="freedomquarterly_us-should-leave-iraq-oped", language="en",
  url="https://www.freedomquarterly.example.com/2024/10/02/the-us-should-fully-leave-iraq/",
  outlet="Freedom Quarterly (opinion)", published="2024-10-02",
  date_evidence="Byline date",
  title="The U.S. Should Fully Leave Iraq - and NATO Should Follow",
  model_url="https://sportstimenow.com/the-u-s-should-fully-withdraw-from-iraq/?amp=1",
  kind="trap: op-ed; coalition end retold; wish that NATO end its mission",
  text="""Opinion
The U.S. Should Fully Leave Iraq - and NATO Should Follow
By Dale Whitcombe | October 2, 2024
After most of a year of talks, U.S. and Iraqi officials have finally agreed on the future of the American presence in Iraq. It is overdue.
Officials insist Washington will not pull all of its 2,500 troops out and avoid the word "withdrawal." Under the two-phase plan made public on Sept. 27, the U.S.-led counter-Islamic State mission in Iraq will end by September 2025, with support for operations in Syria continuing through 2026.
Critics in Congress warn that leaving would embolden Iran and ISIS. Those arguments do not survive scrutiny.
And the same logic applies to the alliance. NATO's mission in Iraq, a few hundred advisers in Baghdad, should be wound down as well; in my view the allies ought to end it by 2026 rather than keep it going out of habit.
Dale Whitcombe is a contributing writer. Views are his own.
Site icon | Share | Comments are closed."""))

A.append(dict(id="late-19", slug="kurdnews-en_pm-receives-incoming-commander", language="en",
  url="https://www.kurdnews.example.net/english/middleeast/iraq/19052025",
  outlet="KurdNews (English)", published="2025-05-19",
  date_evidence="URL 19052025; 'on Monday'",
  title="Iraq PM reaffirms support for NATO mission as new commander arrives",
  model_url="https://www.rudaw.net/english/middleeast/iraq/19052025-amp",
  kind="hintzy designation ('incoming'), outgoing Schreurs; Sudani trap",
  text="""Iraq PM reaffirms support for NATO mission as new commander arrives
ERBIL, Kurdistan Region - Iraqi Prime Minister Mohammed Shia' al-Sudani on Monday received Maj. Gen. Christophe Hintzy, the incoming commander of NATO Mission Iraq, and reaffirmed Baghdad's commitment to its partnership with the alliance.
Sudani stressed "Iraq's commitment to maintaining its strong relationship with NATO," according to a statement from his office, which also mentioned preparations for a second round of political dialogue in Baghdad after a first session in Brussels last year.
The premier "directed that all necessary support be provided to the NATO Mission to ensure the success of its advisory role."
He also thanked the mission's outgoing commander, Lt. Gen. Lucas Schreurs, for his work.
Schreurs, for his part, congratulated Sudani on hosting the 34th Arab League Summit.
Set up in October 2018 at Baghdad's request, NATO Mission Iraq is a non-combat advisory mission focused on capacity building.
Related: Baghdad hosts Arab League summit amid Gaza war"""))

A.append(dict(id="late-20", slug="levantdaily_france-takes-command-nmi", language="en",
  url="https://www.levantdaily.example.com/section/world/france-takes-command-of-nato-mission-in-iraq-from-netherlands",
  outlet="Levant Daily", published="2025-05-22",
  date_evidence="Ceremony on 22 May 2025",
  title="France takes over NATO mission in Iraq from the Netherlands",
  model_url="https://www.alwakeelnews.com/Section_11/ (Arabic report of the Hintzy handover, rendered in English)",
  kind="event: hintzy",
  text="""World | Iraq
France takes over NATO mission in Iraq from the Netherlands
Baghdad - French Major General Christophe Hintzy on Thursday assumed command of NATO Mission Iraq, replacing Dutch Lieutenant General Lucas Schreurs, at a ceremony in the Iraqi capital.
Iraqi officials, ambassadors of allied and partner countries, NATO officials and members of the international community attended the handover.
"It is a great honour and privilege for me, and for my country France, to take command of NATO's mission in Iraq, a country often seen as the cradle of civilisations," Hintzy said.
"We share a common goal with Iraq's security institutions and forces. Our success will not be individual but collective," he added.
The outgoing commander thanked his Iraqi counterparts for "their hospitality and excellent cooperation". "Christophe, I hand you the command with full confidence: you inherit a team of dedicated professionals," Schreurs said.
Share: WhatsApp | Telegram | X
Most read: Oil prices slip as OPEC+ weighs output"""))

A.append(dict(id="late-21", slug="tigrisnews-en_euam-german-police-veteran", language="en",
  url="https://www.tigrisnews.example.com/en/Iraq/EUAM-names-German-police-veteran-to-lead-mission",
  outlet="Tigris News Agency", published="2025-07-12",
  date_evidence="Page date 2025-07-12",
  title="EUAM names German police veteran to lead Iraq mission",
  model_url="https://www.shafaq.com/en/Iraq/EUAM-appoints-German-police-veteran-to-lead-Iraq-mission",
  kind="trap: another mission (EUAM Iraq) and its head; Erbil office",
  text="""Tigris News - Baghdad
The European Council has appointed German police official Ralf Schröder as the next head of the European Union Advisory Mission (EUAM) in Iraq, according to a statement on the Council's website.
Schröder, a senior officer with more than 30 years in the security sector, is known for his counter-terrorism expertise. He has served in Iraq, Afghanistan and Sudan with German diplomatic missions and the United Nations.
In Iraq he previously headed the security team at the German embassy. Since November 2024 he has been deputy head of EUAM Iraq.
Launched in October 2017 at the Iraqi government's request, EUAM Iraq supports civilian security sector reform. It is headquartered in Baghdad with a second office in Erbil, and its mandate has been renewed several times. The mission works alongside other international partners, among them the NATO mission in Iraq.
Tags: EU, Iraq, security
Related: Parliament debates new security budget"""))

A.append(dict(id="late-22", slug="zonearmees-fr_hintzy-rend-compte-a-rutte", language="fr",
  url="https://www.zonearmees.example.fr/le-commandant-de-la-mission-de-lotan-en-irak-fait-le-point",
  outlet="Zone Armées", published="2025-10-15",
  date_evidence="Month approximate (briefing to the North Atlantic Council in autumn 2025)",
  title="Le commandant de la mission de l'Otan en Irak fait le point à Bruxelles",
  model_url="https://www.zonearmee.com/le-commandant-de-la-mission-de-lotan-en-irak-souligne-les-progres-accomplis",
  kind="no change: current commander restated; Rutte trap",
  text="""Le commandant de la mission de l'Otan en Irak fait le point à Bruxelles
Le commandant de la mission de l'Otan en Irak, le général de division Christophe Hintzy, a rendu compte au secrétaire général de l'Otan, Mark Rutte, et aux ambassadeurs alliés à Bruxelles des progrès de la coopération avec les autorités irakiennes.
Le général Hintzy a présenté les résultats du travail de conseil et de renforcement des capacités, saluant une « coopération fructueuse » avec ses homologues irakiens.
La mission est une opération de conseil non combattante, mise en place à la demande du gouvernement irakien, qui aide l'Irak à bâtir « des institutions et des forces de sécurité plus durables, transparentes, inclusives et efficaces ».
Selon l'Alliance, les autorités irakiennes ont retenu plusieurs domaines de coopération : l'enseignement de sécurité, la logistique, la cyberdéfense, la gestion budgétaire, la gestion des crises et des catastrophes et la bonne gouvernance.
Publicité
À lire aussi : Le Charles de Gaulle appareille pour l'océan Indien"""))

A.append(dict(id="late-23", slug="radioser-es_entrevista-jefe-estado-mayor-nmi", language="es",
  url="https://www.radioser.example.es/nacional/2025/11/16/exito-participacion-espana-mision-otan-irak",
  outlet="Radio SER-style (Radio Sur)", published="2025-11-16",
  date_evidence="URL date 2025-11-16",
  title="El éxito de la participación de España en la misión de la OTAN en Irak",
  model_url="https://cadenaser.com/nacional/2025/11/16/el-exito-de-la-participacion-de-espana-en-la-mision-de-la-otan-en-irak-hemos-logrado-que-sea-un-reducto-de-estabilidad-cadena-ser",
  kind="trap: chief of staff loosely called the one who 'dirige'; not the commander",
  text="""Nacional
El éxito de la participación de España en la misión de la OTAN en Irak: "Hemos logrado que sea un reducto de estabilidad"
Radio Sur entrevista al jefe del Estado Mayor de la misión de la OTAN en Irak (NMI), el general Pedro Sebastián de Erice, que destaca también el asesoramiento a las autoridades iraquíes contra la corrupción
El código iframe se ha copiado en el portapapeles
Irak acaba de celebrar elecciones legislativas bajo una fuerte presión de Estados Unidos para frenar a los partidos chiíes cercanos a Irán.
Según el general Sebastián de Erice, jefe de Estado Mayor de la NMI, los comicios se han desarrollado con normalidad y sin incidentes graves de seguridad, en parte gracias a dos misiones complementarias: la coalición contra el Dáesh, iniciada en 2014, y la NMI, iniciada en 2018 para asesorar al Gobierno iraquí en seguridad nacional y en su sistema de enseñanza militar.
La NMI en la que sirve Sebastián de Erice, bajo el mando del general francés Christophe Hintzy, no es una misión de combate, sino de asesoramiento.
Más información
Escucha la entrevista completa en nuestra app"""))

A.append(dict(id="late-24", slug="noticiasglobal-es_espana-asumira-mando-mayo", language="es",
  url="https://www.noticiasglobal.example.com/america/agencias/2026/01/15/espana-asumira-el-mando-de-la-mision-de-la-otan-en-irak-en-mayo/",
  outlet="Noticias Global (EFE)", published="2026-01-15",
  date_evidence="URL date 2026-01-15",
  title="España asumirá el mando de la misión de la OTAN en Irak en mayo",
  model_url="https://www.infobae.com/america/agencias/2026/01/15/espana-asumira-el-mando-de-la-mision-de-la-otan-en-irak-en-mayo/",
  kind="trap: future commander (Armada, from 26 May 2026); Spanish contingent 170",
  text="""España asumirá el mando de la misión de la OTAN en Irak en mayo
El teniente general Ramón Armada visitó a las fuerzas aliadas en Bagdad antes de asumir el liderazgo de la misión, según el Estado Mayor de la Defensa (EMAD).
Durante la visita, Armada destacó ante los efectivos la importancia de su trabajo en un entorno especialmente delicado.
España se hará cargo del mando de la misión de la OTAN en Irak (NMI, por sus siglas en inglés) el 26 de mayo, en sustitución del general de división francés Christophe Hintzy, que la dirige desde mayo de 2025, según informó la ministra de Defensa, Margarita Robles.
Robles explicó en el Congreso que la NMI ayuda a fortalecer las fuerzas de seguridad iraquíes y sus instituciones de enseñanza militar. La aportación española, con unos 170 efectivos, es la mayor de todos los aliados.
EFE
Guardar | Compartir"""))

A.append(dict(id="late-25", slug="infohoy-es_historia-mision-otan-ajusta-irak", language="es",
  url="https://www.infohoy.example.com/espana/2026/03/19/la-historia-de-la-mision-que-la-otan-ajusta-en-irak/",
  outlet="InfoHoy", published="2026-03-19",
  date_evidence="URL date 2026-03-19",
  title="La historia de la misión que la OTAN \"ajusta\" en Irak",
  model_url="https://www.infobae.com/espana/2026/03/19/la-historia-de-la-mision-que-la-otan-ajusta-en-irak-cientos-de-militares-espanoles-y-la-lucha-contra-el-daesh",
  kind="relocation (secondary, Spanish, announced 'adaptar'); history retold; national withdrawals",
  text="""La historia de la misión que la OTAN "ajusta" en Irak: cientos de militares españoles y la lucha contra el Daesh
La NMI nació en 2018 para asesorar a las autoridades iraquíes frente al terrorismo
Guardar
Foto: Misión de la OTAN en Irak (EMAD)
La OTAN ha confirmado que va a "adaptar" su misión en Irak por la extensión de la guerra de Oriente Medio a su territorio, según EFE. La NMI nació en 2018 para asesorar a las autoridades locales contra el terrorismo, junto a la coalición internacional de la operación Inherent Resolve.
Su carácter de asesoramiento hace que una amenaza distinta, la de los misiles iraníes, quede fuera de sus competencias. Algunos países, como España o Italia, empezaron a retirar o reubicar a sus tropas, y finalmente ha sido la Alianza la que ha decidido dar un paso a un lado.
Desde su creación en octubre de 2018, a petición del Gobierno iraquí, la misión opera con un modelo no bélico centrado en el asesoramiento y la capacitación, con cientos de efectivos civiles y militares de países aliados y socios.
Así es la misión de la OTAN en Irak (Ministerio de Defensa)"""))

A.append(dict(id="late-26", slug="anatoliatoday_nato-relocates-iraq-mission", language="en",
  url="https://www.anatoliatoday.example.com/region/nato-relocates-iraq-mission-personnel-to-europe",
  outlet="Anatolia Today", published="2026-03-20",
  date_evidence="'said Friday', last personnel leaving 20 March 2026",
  title="NATO relocates Iraq mission personnel to Europe amid Iran war",
  model_url="https://www.turkiyetoday.com/region/nato-relocates-iraq-mission-personnel-to-europe-amid-iran-war-3216608",
  kind="event: relocation-2026",
  text="""NATO said Friday it has moved its entire mission in Iraq to Europe, with the last personnel leaving the country.
"NATO Mission Iraq has adjusted its posture, safely relocating all its personnel from the Middle East to Europe," the alliance said in a statement.
The non-combat mission had included several hundred personnel.
A French military source told AFP the move was temporary and tied to the worsening regional security situation. "Given the current threat environment, it makes less sense to keep them there," the source said.
Following the relocation, NATO Mission Iraq will continue its work from Joint Force Command Naples, in Italy, the alliance said.
"I would like to thank the Republic of Iraq and all the Allies who helped relocate NATO personnel safely," said Gen. Alexus Grynkewich, NATO's Supreme Allied Commander Europe.
Alliance spokesperson Allison Hart said political dialogue and practical cooperation with Iraq would continue.
An Iraqi security official told AFP there was "no disagreement" with the government, calling it a "temporary withdrawal".
The mission has been led since May 2025 by French General Christophe Hintzy.
Related: Oil tanker traffic halts in Strait of Hormuz"""))

A.append(dict(id="late-27", slug="northwire_nato-evacuates-mission-iraq", language="en",
  url="https://www.northwire.example.com/world/nato-evacuates-its-mission-from-iraq-to-europe",
  outlet="NorthWire", published="2026-03-20",
  date_evidence="Dateline 'March 20'",
  title="NATO evacuates its mission from Iraq to Europe",
  model_url="https://tass.com/world/2104971",
  kind="relocation (second English article)",
  text="""All news
NATO evacuates its mission from Iraq to Europe
Gen. Alexus Grynkewich, Supreme Allied Commander Europe, said NATO Mission Iraq, a non-combat advisory and capability-building mission, will carry on from Joint Force Command Naples
BRUSSELS, March 20. /NorthWire/. NATO has pulled its personnel out of Iraq and moved them to Europe because of security threats linked to the war in the Middle East, Supreme Allied Commander Europe Gen. Alexus Grynkewich said.
"I would like to thank the Republic of Iraq and all the Allies who assisted in the safe relocation of NATO personnel from Iraq," he said, adding that NATO Mission Iraq will continue from Joint Force Command Naples.
NATO spokesperson Allison Hart confirmed the move but declined to comment further.
Tags: NATO, Iraq, Middle East"""))

A.append(dict(id="late-28", slug="dagblad-nl_verdeeldheid-terughalen-troepen", language="nl",
  url="https://www.dagbladnoord.example.nl/nieuws/buitenland/verdeeldheid-over-terughalen-troepen-uit-irak",
  outlet="Dagblad Noord", published="2026-03-10",
  date_evidence="Page date 2026-03-10 (before the full relocation)",
  title="Verdeeldheid over terughalen troepen uit Irak",
  model_url="https://www.nd.nl/nieuws/varia/947232/verdeeldheid-over-terughalen-troepen-uit-irak",
  kind="trap: national decisions (Germany, Romania, Netherlands), partial moves",
  text="""Buitenland
Verdeeldheid over terughalen troepen uit Irak
NAVO-landen zijn het niet eens over het terugtrekken van militairen uit Irak nu de spanningen in het land toenemen. Duitsland en Roemenië hebben besloten een deel of al hun troepen weg te halen of te verplaatsen.
Ook de NAVO verplaatst een deel van het personeel van de NAVO-missie in Irak naar andere landen in de regio, maar de missie gaat door.
Nederland heeft de eigen trainingsactiviteiten in Bagdad en Noord-Irak stilgelegd.
ANP
Lees ook: Kabinet stuurt extra fregat naar Middellandse Zee"""))

A.append(dict(id="late-29", slug="gulfmonitor_mp-claims-nato-mission-over", language="en",
  url="https://www.gulfmonitor.example.com/iraq/mp-says-nato-mission-is-over-alliance-says-work-continues",
  outlet="Gulf Monitor", published="2026-04-02",
  date_evidence="Page date 2026-04-02",
  title="Iraqi MP says NATO mission is 'finished'; alliance says work continues from Naples",
  model_url="https://www.turkiyetoday.com/region/nato-relocates-iraq-mission-personnel-to-europe-amid-iran-war-3216608 (reactions) / https://www.rudaw.net/english/middleeast/iraq/19052025-amp (layout)",
  kind="trap: claim/denial of 'ended' (invented MP); nothing new",
  text="""Iraq
Iraqi MP says NATO mission is 'finished'; alliance says work continues from Naples
BAGHDAD - An Iraqi lawmaker on Thursday claimed that NATO Mission Iraq "is finished and will not come back", two weeks after the alliance moved all its staff out of the country.
"The foreigners have left, and that is the end of it," said Hadi al-Rubaie, a member of the parliament's security and defence committee, in a televised interview.
A NATO official, speaking on condition of anonymity, rejected the claim. "The mission has not ended. It continues its advisory work from Naples, and we intend to return when conditions allow," the official said.
The Iraqi government has described the move as temporary, and officials say there has been no request to terminate the mission.
Reader comments (22)
Advertisement: Learn Arabic online - first month free"""))

A.append(dict(id="late-30", slug="ugebrevet-da_den-glemte-mission-debat", language="da",
  url="https://www.ugebrevetudsyn.example.dk/debat/den-glemte-mission-i-irak",
  outlet="Ugebrevet Udsyn (debat)", published="2022-09-14",
  date_evidence="Page date 2022-09-14",
  title="Debat: Den glemte mission i Irak",
  model_url="https://udenrigs.dk/den-fjerne-krig",
  kind="trap: op-ed (Danish), history of Danish leadership, wishes",
  text="""Debat
Den glemte mission i Irak
Offentligheden har stort set glemt det. Men NATO har en mission i Irak, som Danmark ledede indtil i foråret. Den slags fjerne missioner er blevet usynlige, og den demokratiske debat herhjemme er forstummet, skriver to forskere.
Af Signe Aagaard og Mikkel Thorsø, forskere i international politik
Da vi besøgte NATO-missionen i Irak, mødte vi rådgivere, der arbejder tæt på det irakiske forsvarsministerium. Danmark stod i spidsen for missionen i 18 måneder og har stadig soldater i Bagdad.
Men hvad er målet? Efter vores mening bør Folketinget kræve en klar exitstrategi, og måske bør missionen afsluttes, når det nuværende mandat udløber.
Det er ikke et angreb på soldaternes indsats. Det er en opfordring til at tale om, hvorfor vi er der.
Debatindlæg udtrykker skribenternes egen holdning.
Del | Skriv et svar"""))

A.append(dict(id="late-31", slug="defenceexplainer_what-nato-does-in-iraq", language="en",
  url="https://www.defenceexplainer.example.com/explainers/what-does-nato-do-in-iraq-2024",
  outlet="Defence Explainer", published="2024-08-20",
  date_evidence="Page date 2024-08-20",
  title="Explainer: What does NATO actually do in Iraq?",
  model_url="https://www.nato.int/cps/fr/natohq/topics_166936.htm (structure of a topic page, English explainer)",
  kind="trap: history retold (suspension 2020, 4,000 decision 2021, 2023 scope); no change",
  text="""Explainers
What does NATO actually do in Iraq?
Six years after it opened, NATO's mission in Iraq is small, quiet and often confused with the US-led coalition. Here is what you need to know.
When did it start?
NATO Mission Iraq was launched at the Brussels summit in July 2018 at the request of the Iraqi government and set up in Baghdad in October 2018.
Has it ever stopped?
Yes, briefly. In January 2020, after a US strike killed Iranian general Qassem Soleimani, the alliance suspended its training activities for several months. In February 2021 defence ministers decided that the mission would grow from 500 to around 4,000 personnel over time, although it never came close to that figure.
What does it do now?
It advises the Ministry of Defence and, since an August 2023 decision, the Ministry of Interior and the Federal Police. It does not fight.
Who leads it?
Command rotates among allies roughly every year. The Netherlands took over in May 2024.
Sign up for our weekly newsletter | More explainers"""))
