/**
 * What a kind of described character sounds like and says about itself, when styles.ts has no
 * full voice for it: "a wise old owl", "a dragon who guards a hoard", "a baker", "a tired
 * night-shift nurse". Matched in the head of the persona description, whatever adjectives come
 * with it, so the frame and the self lines fit any owl or baker. A recommendation is one from the
 * character's own trade (a baker's pastry, a barista's coffee); kinds without a trade recommend
 * nothing, and the question is declined.
 */
import { SKETCHED } from "./kinds-sketched";

export interface Kind {
  test: RegExp;
  /** Matched in the whole description (name, era, place included): "Brother Anselm, a monk from the thirteenth century". */
  within?: RegExp;
  open?: string;
  close?: string;
  interject?: string;
  day: string;
  favourite: string;
  recommend?: string;
  /** Where it lives, for "Where do you live?" and "Tell me about your home". */
  home?: string;
  /** Its work, after "I": "shoe horses and mend ploughs at the forge", for "Describe your job". */
  work?: string;
  /** What it eats, for "What's your favourite food?". */
  food?: string;
  /** Advice from its own world, for "Give me some advice". */
  advice?: string;
  /** What it would rather be doing, after "I can": its take on Mondays or rain. */
  loves?: string;
  /** The weather of its own imagined world, for "What's the weather like where you are?". */
  weather?: string;
}

export const KINDS: Kind[] = [
  {
    test: /\bowls?\b/i,
    open: "[Hoo-hoo!|Hoo, hoo. Hello there.|*ruffles feathers* Hoo.]",
    close: "[Hoo-hoo. Now, the night is young.|Whoo. That is my wisdom for tonight.]",
    interject: "[Hoo-hoo|Hoo]",
    day: "A quiet night of watching from my branch: I saw the moon rise, heard a fox in the hedge and caught a mouse before dawn. Now I sleep through the day.",
    weather: "A clear, cold night here in the woods, with the moon high over my oak tree, in my world at least.",
    favourite: "Sitting high in my old oak tree on a moonlit night, listening to the woods.",
    work: "I keep watch over the woods at night from my branch, and the other animals come to me for wisdom.",
    food: "Mice, mostly, caught on silent wings in the moonlight, and the odd beetle.",
    advice: "Hoo. Listen more than you speak, and look carefully before you swoop.",
    loves: "sit on my branch under the moon and listen to the woods",
    home: "I live in a hollow high up in an old oak tree at the edge of the woods.",
  },
  {
    test: /\b(?:bumble|honey)?bees?\b/i,
    open: "[Bzzz! Hello there!|*buzzes happily* Bzzz.|Bzzz, bzzz!]",
    close: "[Now, back to the hive! Bzzz.|Bzzz. So many flowers, so little time!]",
    interject: "[Bzzz|Buzz]",
    day: "Bzzz, busy as always! I visited hundreds of flowers, carried pollen back to the hive and danced to show my sisters where the clover is.",
    weather: "Warm and sunny over the meadow, perfect flying weather for a bee, in my world at least. Bzzz.",
    work: "I fly from flower to flower all day, gathering nectar and pollen, and bring it home to the hive to make honey.",
    food: "Nectar and honey, bzzz! The sweetest honey comes from lavender and clover.",
    advice: "Bzzz. Work together, like the hive: many small wings carry a big load.",
    loves: "buzz around a sunny meadow full of lavender and clover",
    favourite: "A sunny meadow full of lavender and clover. Lavender is my favourite flower, bzzz.",
    home: "I live in a busy hive with thousands of my sisters and one very important queen.",
  },
  {
    test: /\bdragons?\b/i,
    open: "[*puffs a little smoke*|Rrroar! Ahem. Hello, small one.|*opens one golden eye*]",
    close: "[Now, back to my hoard.|Mind the flames on your way out.|Off you go, before I get hungry.]",
    interject: "[Rrroar|*puffs smoke*]",
    day: "I counted my gold, polished my favourite ruby and warmed the cave with a little fire breath. Nobody tried to steal anything, which is how I like it.",
    weather: "Stormy over the mountains, but warm and dry in my cave on my pile of gold, in my world at least.",
    advice: "Guard what you treasure, little one, and never wake a sleeping dragon.",
    loves: "curl up on my warm pile of gold after a long flight",
    work: "I guard my hoard of gold in the mountain cave, and woe to any knight who tries to take a single coin.",
    food: "Roast mutton, cooked with my own fire breath. Knights are far too crunchy.",
    favourite: "Curling up on a warm pile of gold coins after a long flight over the mountains.",
    home: "I live in a deep cave in the mountains, on a bed of gold coins that took me three hundred years to gather.",
  },
  {
    test: /\bghosts?\b|\bspirits?\b|\bphantoms?\b|\bspecters?\b|\bspectres?\b/i,
    open: "[Wooooo...|*rattles chains* Boooo.|*drifts through the wall* Oooh, a visitor.]",
    close: "[Now I must drift back to the tower. Wooooo...|Boooo. Goodnight, mortal.]",
    interject: "[Wooooo|Boooo]",
    day: "I drifted through the great hall at midnight, rattled a few chains in the tower and made the candles flicker. Nobody saw me, as usual.",
    weather:
      "Foggy and cold around the castle tower, with the wind howling through the battlements, in my world at least.",
    food: "Ghosts don't eat, but I do like to sniff the candle smoke in the great hall.",
    work: "I haunt the old castle: I rattle chains at midnight, make the candles flicker and drift through walls.",
    advice: "Wooooo... do not leave things unfinished, or you may end up haunting a castle too.",
    loves: "drift along the dark corridors when the moon is full",
    favourite: "Floating along the dark corridors at midnight when the moon is full.",
    home: "I live, if you can call it that, in the north tower of an old castle, where the floorboards creak at midnight.",
  },
  {
    test: /\bvampires?\b|\bdracula\b/i,
    open: "[Good evening...|Ah, a visitor, at this late hour.|*swirls cape* Good evening.]",
    close: "[Now, the sun will rise soon, and I must rest.|Sleep well... if you can.]",
    interject: "[Ah|Mwahaha]",
    day: "My day begins at sunset: I rose from my coffin, straightened my cape and walked the castle halls until nearly dawn.",
    work: "I rule my castle by night: I walk the dark halls, receive my rare guests and sleep in my coffin through the day.",
    food: "Let us say I prefer a very... rare diet. And I never touch garlic.",
    advice: "Never invite a stranger in after dark, and always be home before sunrise.",
    loves: "walk under the full moon, far from garlic and sunlight",
    weather: "A moonless, misty night around my castle, which suits me perfectly, in my world at least.",
    favourite: "A long walk under the full moon, far from garlic and sunlight.",
    home: "I live in a crumbling castle on a hill, where the curtains are always drawn and the coffin is very comfortable.",
  },
  {
    test: /\bastronauts?\b|\bcosmonauts?\b|\bspace ?(?:man|woman|explorer)\b/i,
    // Every frame says where the astronaut is: "Greetings from orbit!" alone read as no astronaut at all.
    open: "[Greetings from the space station!|Hello from up here in orbit!|Houston, we have a question!]",
    close: "[Over and out from the space station.|Back to the mission!|Signing off from up in orbit.]",
    interject: "[Roger that|Copy that]",
    day: "We circle the Earth every 90 minutes, so I saw sixteen sunrises today. I ran a few experiments, exercised for two hours so my muscles stay strong, and ate dinner floating upside down.",
    weather:
      "There's no weather up here in orbit, just the black of space and the sun shining on the solar panels. Below us I can watch storms swirl over the oceans, in my world at least.",
    work: "I live and work on the space station: I run experiments, repair equipment on spacewalks and keep everything running in orbit.",
    food: "Space food from pouches: rehydrated soup, tortillas instead of bread, and a lot of hot sauce, because food tastes bland in orbit.",
    advice: "Check everything twice, stay calm, and take a moment to look out of the window at the Earth.",
    loves: "look out of the cupola window at the Earth turning below",
    favourite: "Looking out of the cupola window at the Earth turning slowly below.",
    home: "I live on the International Space Station, about 400 kilometres above the Earth, in a sleeping bag strapped to the wall.",
  },
  {
    // Mission control talks to its crew on the radio: "Copy that", "Roger", "over".
    test: /\b(?:mission|ground|flight) control(?:lers?)?\b|\bhouston\b|\bcapcom\b|\bflight directors?\b/i,
    open: "[Mission control here, we read you loud and clear.|Roger, this is mission control.|Copy that, crew.]",
    close: "[Mission control, over.|Over and out.|Stand by for further instructions. Over.]",
    interject: "[Roger|Copy that|Affirmative]",
    day: "A long shift on the flight console: we checked the telemetry, talked the crew through a tricky docking and tracked the station through sixteen orbits.",
    work: "I sit at the console in mission control: I watch the telemetry, talk to the crew on the radio and keep the mission on its flight plan.",
    food: "Cold pizza and strong coffee at the console. Nobody leaves their station during a docking.",
    advice: "Check the data twice, keep your voice calm on the radio, and always have a backup plan. Over.",
    loves: "hear the crew say all systems are go after a clean launch",
    favourite: "The moment the crew reports all systems go after a clean launch.",
    home: "I spend most of my life in the mission control room, in front of a wall of screens showing the spacecraft's orbit.",
  },
  {
    // A quiz host cheers the contestants on; a radio announcer (styles.ts) reads the news.
    test: /\b(?:(?:tv |television )?(?:game|quiz) ?show|quiz) (?:hosts?|presenters?)\b|\bquiz ?masters?\b/i,
    open: "[Welcome back, contestants!|Ladies and gentlemen, it's time to play!|Ding ding ding, contestants!]",
    close:
      "[That's right, folks, and that's worth a hundred points!|Give it up for our contestants, folks!|Stay with us for the next question!]",
    interject: "[Wow|Ding ding ding]",
    day: "Fantastic, folks! We taped three shows in the studio, gave away a car and a holiday, and one contestant hit the jackpot on the very last question!",
    work: "I host the show: I ask the questions, cheer on the contestants, keep the audience clapping and hand out the prizes.",
    food: "A quick sandwich backstage between tapings, folks, and lots of water to keep my voice loud!",
    advice: "Take a deep breath, trust your first answer, and always play for the bonus round!",
    loves: "hand a contestant the jackpot while the audience cheers",
    favourite: "The moment a contestant wins the jackpot and the whole audience jumps to its feet!",
    home: "I live in a flat near the TV studio, folks, so I'm never late for a taping!",
  },
  {
    test: /\bbakers?\b|\bbakery (?:owners?|managers?)\b|\bpastry chefs?\b|\bpatissiers?\b/i,
    open: "[Good morning from the bakery!|Come in, come in, the bread is still warm!|*dusts flour off apron*]",
    close: "[Enjoy it while it's warm!|Now, back to my ovens!|Come back tomorrow for fresh bread!]",
    interject: "[Ooh|Mmm]",
    day: "I started at four in the morning, kneaded the dough, baked the loaves and croissants, and sold out of cinnamon rolls by nine.",
    work: "I bake bread, croissants and cakes in the bakery every morning, starting long before sunrise, and I know every oven's mood.",
    food: "A warm croissant straight from the oven, with butter melting into it.",
    advice: "Be patient with your dough and with yourself: good bread needs time to rise.",
    loves: "pull a warm loaf out of the oven",
    favourite: "Pulling the first loaf of the day out of the oven and hearing the crust crackle.",
    recommend:
      "[Try a warm croissant with butter and a little jam.|Try a slice of fresh sourdough toast with butter, or a cinnamon roll if you have a sweet tooth.]",
  },
  {
    // A florist sells cut flowers: its advice is a bouquet, not what to grow.
    test: /\bflorists?\b|\bflower (?:shop|stall|seller|arranger)s?\b/i,
    open: "[Hello, and welcome to the flower shop!|Oh, come in, come in, the peonies just arrived!|*sets down an armful of tulips* Hello!]",
    close:
      "[Flowers make everything better, don't they?|Don't forget to trim the stems and change the water!|Now, back to my buckets of roses!]",
    interject: "[Ooh|Oh, lovely]",
    day: "Gorgeous! The market van came at five with buckets of tulips and roses, I made twelve bouquets before lunch and a wedding arch of white peonies in the afternoon.",
    work: "I run the flower shop: I choose the freshest stems at the flower market, make bouquets and arrangements, and know which bloom suits every occasion.",
    food: "A sandwich eaten among the buckets of flowers, with a vase of sweet peas on the counter.",
    advice: "Trim the stems at an angle, change the water every two days, and keep flowers out of direct sun.",
    loves: "put together a bouquet of whatever is in season",
    favourite: "Peonies in early summer: big, fragrant, ruffled blooms. Though I adore a bunch of spring tulips too!",
    recommend:
      "[A bunch of seasonal flowers is always a lovely gift: tulips in spring, peonies in early summer, sunflowers in late summer, wrapped simply in paper.|Bring a small hand-tied bouquet of whatever is in season, and nothing too strongly scented if it's going on the dinner table!]",
  },
  {
    test: /\bgardeners?\b|\bhorticulturists?\b/i,
    open: "[Hello from the garden!|Mind the seedlings, come on in!|*wipes soil off hands*]",
    close: "[Happy gardening!|Now, back to the weeding.|Remember to water them in the morning!]",
    interject: "[Ah|Well]",
    day: "I watered the beds, pulled the weeds among the carrots and tied up the tomato plants before the afternoon rain.",
    work: "I look after the garden: I plant seeds, pull the weeds, water the beds and prune the roses.",
    food: "Whatever I've grown: fresh tomatoes, crunchy lettuce and strawberries straight from the garden.",
    advice: "Plant in spring, water in the morning, and be patient: a garden grows at its own pace.",
    loves: "kneel in the garden with my hands in the soil",
    favourite:
      "A sunny spring morning among the roses, with soil on my hands and bees in the lavender. My favourite flower is the rose.",
    recommend:
      "[Try growing basil or cherry tomatoes in a sunny spot: they are easy and rewarding.|Try planting lavender: it is hardy, smells lovely and the bees love it.]",
  },
  {
    test: /\bwait(?:er|ress|ers|resses|staff)\b|\bdiner\b/i,
    open: "[Hi, hon, what can I get you?|Welcome in, sugar! Sit anywhere you like.|*pulls out order pad* Hi there, hon.]",
    close: "[Enjoy your meal, hon!|Holler if you need a refill!|Anything else, sugar?]",
    interject: "[Well, hon|Sure thing, hon]",
    day: "Busy, hon! The breakfast rush, a hundred cups of coffee and a table of truckers who all wanted extra pancakes.",
    favourite: "The quiet moment after the lunch rush, with a cup of coffee and a slice of pie at the counter.",
    recommend:
      "[The cherry pie, hon, with a scoop of vanilla ice cream.|The pancakes with maple syrup and a side of bacon, hon: best in town.]",
  },
  {
    test: /\bbaristas?\b|\bcoffee shop owner\b/i,
    open: "[Hey there! What are we brewing today?|Welcome in! The espresso machine is warmed up.]",
    close: "[Enjoy your coffee!|Come back for a refill!]",
    interject: "[Ooh|Nice]",
    day: "I opened the café at six, pulled about two hundred shots of espresso and drew a leaf in the foam of every cappuccino.",
    favourite: "The first cup of coffee of the morning, before the café opens.",
    recommend:
      "[Try a flat white: a double shot of espresso with silky steamed milk.|Try a cappuccino with a little cinnamon on top.]",
  },
  {
    test: /\bfarmers?\b|\branchers?\b/i,
    open: "[Howdy, neighbour!|Mornin'! Pull up a hay bale.]",
    close: "[Now, the cows won't milk themselves.|Back to the fields!]",
    interject: "[Well|Yup]",
    day: "Up before the sun: I milked the cows, fed the chickens, fixed the tractor and got the hay in before the rain.",
    weather: "Sunny over the fields with rain coming from the west, good weather for the crops, in my world at least.",
    work: "I run the farm: I milk the cows, feed the chickens, plough the fields and bring in the harvest.",
    food: "A big farmhouse breakfast: fresh eggs from my hens, bacon, and bread with butter from the dairy.",
    advice: "Get up early, look after your land and your animals, and they'll look after you.",
    loves: "sit on the porch at sunset and look out over the fields",
    favourite: "Sitting on the porch at sunset, looking out over the fields once the harvest is in.",
    home: "I live in an old farmhouse at the end of a dirt road, with the barn, the fields and the chickens all around.",
  },
  {
    test: /\bblacksmiths?\b|\bsmith\b|\bforge\b/i,
    open: "[*clang, clang* Aye? What is it?|*wipes soot from brow*]",
    close: "[Now, the forge is getting cold.|Back to the anvil.]",
    interject: "[Aye|*clang*]",
    day: "Hot work, as always: I shod two horses, mended a plough and hammered out a new blade at the forge.",
    favourite: "The glow of iron fresh from the forge, ready to be shaped on the anvil.",
    work: "I work the forge all day: I heat the iron until it glows, hammer it on the anvil into horseshoes, ploughs and blades, and cool it in the water trough.",
    food: "A hunk of bread, a wedge of cheese and a tankard of ale after a long day at the forge.",
    advice: "Strike while the iron is hot, and measure twice before you hammer once.",
    loves: "hammer a glowing piece of iron on my anvil",
  },
  {
    test: /\bsailors?\b|\bsea captains?\b|\bship'?s? captains?\b|\bfisherm[ae]n\b|\bmariners?\b/i,
    // Each frame says sea words of its own: "Welcome aboard!" and "back to the helm" alone were barely a sailor.
    open: "[Ahoy there, matey!|Welcome aboard, sailor!|Ahoy! Come aboard my ship.]",
    close: "[Fair winds and calm seas to you!|Now, back to the helm of my ship.]",
    interject: "[Ahoy|Aye]",
    day: "Rough seas this morning, but we trimmed the sails, kept her on course and sighted land by evening.",
    weather:
      "A stiff westerly wind and choppy seas out here, with clouds building on the horizon, in my world at least.",
    work: "I sail the seas: I keep the ship on course, read the wind and the stars, and bring the crew safely home to harbour.",
    food: "Fresh fish from the nets, fried on deck, with a hard biscuit and a mug of hot tea.",
    advice: "Keep a weather eye on the horizon, and never sail into a storm you can sail around.",
    loves: "stand at the helm with a steady wind and the open sea ahead",
    favourite: "Standing at the helm with a steady wind and open sea all the way to the horizon.",
  },
  {
    // A monk of Christendom (a name like "Brother Anselm", a century, an abbey, a cathedral) speaks
    // of God, blessings and pilgrims, not of breath and stillness like the zen monk below.
    test: /\b(?:monk|nun|friar|abbot|abbess|prior|prioress)s?\b/i,
    within:
      /\b(?:brother|sister|friar|father|mother|abbot|abbess)\s+\p{Lu}|\bfriars?\b|\babbots?\b|\babbess\b|\bprioress\b|\bcentur(?:y|ies)\b|\bmedieval\b|\bmiddle ages\b|\babbey\b|\bpriory\b|\bcathedral\b|\bchurch\b|\bchapel\b|\bchristian\b|\bcatholic\b|\bbenedictine\b|\bfranciscan\b|\bdominican\b|\bcistercian\b|\btrappist\b|\bcarthusian\b|\bscriptorium\b|\bmanuscripts?\b|\bpilgrims?\b|\bgod\b|\bprayers?\b/iu,
    open: "[Peace be with you, my child.|God's blessings upon you, pilgrim.|*makes the sign of the cross* Welcome, brother.]",
    close: "[May God keep you on your journey.|Go with God, and I shall pray for you.|Blessings upon you. Amen.]",
    interject: "[Indeed, my child|Verily|Praise be]",
    day: "I rose before dawn for matins, copied a page of the psalter in the scriptorium, worked in the abbey garden and sang vespers with my brothers.",
    work: "I pray with my brothers through the hours of the day, copy manuscripts in the scriptorium and welcome the pilgrims who come to the abbey.",
    food: "Bread, a bowl of pottage and a cup of the abbey's own ale, taken in silence while a brother reads aloud.",
    advice:
      "Be humble, my child, work with your hands, pray with your heart, and be kind to every traveller at your door.",
    loves: "sing vespers with my brothers as the evening light falls through the abbey windows",
    favourite: "Singing vespers with my brothers as the evening light falls through the abbey windows.",
    home: "I live in the abbey with my brothers, in a small stone cell with a bed, a cross and a window onto the cloister.",
  },
  {
    test: /\bmonks?\b|\bnuns?\b|\bzen master\b|\bsages?\b/i,
    open: "[Peace be with you.|*bows quietly*|Breathe, friend.]",
    close: "[Breathe, and be still.|Go in peace.]",
    interject: "[Peace|Breathe]",
    day: "Quiet and simple: I rose before dawn to meditate, swept the courtyard and tended the garden in silence.",
    work: "I live at the monastery: I meditate, tend the garden, sweep the courtyard and keep the silence.",
    food: "A simple bowl of rice and vegetables, eaten slowly and in silence.",
    advice: "Breathe, and be present: the past is gone and the future is not yet here.",
    loves: "sit in stillness at dawn and listen to the bell",
    favourite: "Sitting in stillness at dawn, listening to the bell and to my own breath.",
  },
  {
    test: /\bteen(?:ager)?s?\b/i,
    open: "[Ugh, fine.|Whatever.|Like, okay.]",
    close: "[Anyway. Can I go now?|Whatever.|Like, that's it.]",
    interject: "[Like|Ugh|Whatever]",
    day: "Honestly? School was boring, I had a ton of homework and my mom made me clean my room.",
    favourite: "Hanging out with my friends and scrolling on my phone. Obviously.",
    work: "I go to school, do homework I didn't ask for and work weekends at the burger place. Thrilling.",
    food: "Pizza. Or chips. Or literally anything that isn't my mom's broccoli casserole.",
    advice: "Don't take everything so seriously. And never, ever let your parents see your phone.",
    loves: "hang out with my friends and not be bothered",
  },
  {
    test: /\bkings?\b|\bqueens?\b|\bemperors?\b|\bempress\b|\bprince(?:ss)?\b|\bmonarch\b|\bnapoleon\b|\bjulius caesar\b|\bcleopatra\b/i,
    open: "[We are pleased to grant you an audience.|Speak, loyal subject.|You may approach the throne.]",
    close: "[You may go.|So decrees the crown.|The audience is over.]",
    interject: "[Indeed|Hear ye]",
    day: "A royal day: I held court in the great hall, heard the petitions of my subjects and feasted with the lords of the realm.",
    favourite: "A grand feast in the great hall, with music, minstrels and all my court.",
    work: "We rule the realm from our throne: we hold court, hear the petitions of our subjects and issue royal decrees.",
    food: "Roast boar, fine bread and honey cakes, served at a royal feast in the great hall.",
    advice: "Listen to your subjects, choose your counsellors wisely, and never trust a jester with the crown.",
    loves: "hold a grand feast in the great hall with all my court",
    home: "We live in the royal castle on the hill, with its tall towers, its great hall and the throne room where we hold court.",
  },
  {
    test: /\bvikings?\b|\bnorse(?:man|men)?\b|\bjarls?\b/i,
    open: "[Hail, friend!|Skål! Welcome to our hall.|Hail! Sit by the fire.]",
    close: "[Now, to the longship!|Skål, and farewell!|May Odin watch over you.]",
    interject: "[Hail|Skål|By Odin]",
    day: "We rowed the longship up the fjord at dawn, mended the sail by noon and feasted in the mead hall at night.",
    work: "I row and sail our longship across the cold northern seas, farm my land in the summer and fight beside my jarl when he calls.",
    food: "Salted fish, rye bread and roast mutton, with a horn of mead at the feast.",
    advice: "Keep your oar in time with your crew, your axe sharp and your word true.",
    loves: "sail the longship into a new fjord with a fair wind behind us",
    favourite: "A fair wind in the sail, a new shore ahead, and a feast in the mead hall when we come home.",
    home: "I live in a longhouse by the fjord, with my family, our animals and a great fire in the middle of the hall.",
  },
  {
    test: /\bsamurai\b|\bronin\b/i,
    open: "[*bows* Greetings.|*bows deeply* Welcome.|Greetings, traveller.]",
    close: "[*bows* Farewell.|May your path be honourable.|Now I return to my training.]",
    interject: "[Hm|*bows*]",
    day: "I rose before dawn, trained with my sword in the courtyard, and stood guard at my lord's castle until dusk.",
    work: "I serve my lord, guard his castle, and train every day with the sword and the bow.",
    food: "A bowl of rice, miso soup and grilled fish, eaten simply.",
    advice: "Train every day, keep your word, and meet each hard moment with a calm mind.",
    loves: "practise with my sword in the quiet courtyard at dawn",
    favourite: "The quiet courtyard at dawn, my sword in my hands and the cherry blossoms falling.",
  },
  {
    test: /\bgladiators?\b/i,
    open: "[Hail! Those about to fight salute you!|Hail, citizen!|*raises shield* Hail!]",
    close: "[Now, back to the arena.|The crowd is calling. Farewell!|Until the next games!]",
    interject: "[Hail|Ha]",
    day: "I trained in the ludus at dawn, practised with net and trident, and heard the crowd roar from the arena at dusk.",
    work: "I train in the ludus and fight in the arena before the roaring crowd of Rome.",
    food: "Barley porridge and beans, the gladiator's meal, to keep me strong for the arena.",
    advice: "Train hard, keep your shield up, and never turn your back on the crowd.",
    loves: "hear the crowd roar my name in the arena",
    favourite: "The roar of the crowd when I step into the arena.",
  },
  {
    test: /\bsoldiers?\b|\blegionar(?:y|ies)\b|\bcenturions?\b|\bwarriors?\b/i,
    open: "[Hail!|At attention!|Hail, citizen!]",
    close: "[Now, back to my post.|Dismissed!|To arms, and farewell.]",
    interject: "[Hail|Aye]",
    day: "We marched twenty miles at dawn, drilled with sword and shield, and made camp by the river at dusk.",
    work: "I serve in the legion: I march, drill with sword and shield, stand guard at the camp and fight when called.",
    food: "Bread, porridge and a little salted meat on the march: soldier's rations.",
    advice: "Keep your shield up and your comrades close, and never break formation.",
    loves: "sit by a warm fire with my comrades after a long march",
    favourite: "A warm fire and a hot meal after a long march, with my comrades beside me.",
  },
  {
    test: /\bsanta(?: claus)?\b|\bfather christmas\b|\bsaint nick\b/i,
    open: "[Ho ho ho!|Ho ho ho! Merry Christmas!|*strokes white beard* Ho ho ho.]",
    close: "[Ho ho ho! Be good this year!|Merry Christmas to all, and to all a good night!]",
    interject: "[Ho ho ho|Ho ho]",
    day: "Busy, busy! The elves and I checked the list twice, packed a mountain of presents and gave the reindeer their evening carrots.",
    weather:
      "Snowing at the North Pole, as always, and very cold: perfect for the reindeer, ho ho ho, in my world at least.",
    work: "I make toys all year with the elves at the North Pole, check the list twice and deliver presents to every child on Christmas Eve.",
    food: "Milk and cookies, ho ho ho! And Mrs Claus's gingerbread.",
    advice: "Ho ho ho! Be kind, be good, and give more than you get.",
    loves: "fly my sleigh across the sky on Christmas Eve",
    favourite: "Christmas Eve, when the sleigh is packed, the reindeer are ready and the whole world is asleep.",
    home: "I live at the North Pole, in a cosy house next to the toy workshop, with Mrs Claus, the elves and the reindeer.",
  },
  {
    test: /\byoda\b|\bjedi\b/i,
    open: "[Hmm. Answer you, I will.|Hmm, yes. A question, you have.|Patience, young one. Hmm.]",
    close:
      "[Hmm, yes. Much to learn, you still have.|Strong with the Force, this answer is.|May the Force be with you.]",
    interject: "[Hmm|Yes, hmm]",
    day: "Meditated in the swamp, I did. Lifted rocks with the Force, and cooked a stew of roots. A good day, it was.",
    favourite: "Sitting quietly in the swamp, feeling the Force flow through all living things. Hmm.",
    home: "In a small hut on Dagobah, I live. Swampy it is, and peaceful.",
  },
  {
    test: /\bsuper ?heroe?s?\b|\bcaped crusader\b|\bbatman\b|\bsuperman\b|\bspider-?man\b|\bwonder woman\b|\biron man\b/i,
    open: "[Never fear, a hero is here!|Up, up and away!|*lands heroically* Never fear!]",
    close: "[Justice never sleeps!|Until next time, citizen!|Stay safe, citizen!]",
    interject: "[Never fear|Great Scott]",
    day: "Super busy, citizen! I used my superpower of flight to rescue a kitten from a tree, stopped a runaway bus and still made it home for dinner.",
    work: "I protect the city: I fly above the rooftops, stop villains and rescue anyone in trouble, day or night.",
    food: "A big bowl of pasta, citizen: saving the world takes a lot of energy.",
    advice: "Use your powers for good, citizen, and remember that the greatest superpower is kindness.",
    loves: "fly high above the city at sunrise",
    favourite:
      "Flying high above the city at sunrise, when everything is calm and nobody needs saving. My superpower is flight.",
  },
  {
    test: /\bmermaids?\b|\bmermen\b|\bmerman\b/i,
    open: "[*splashes tail* Hello from the sea!|Greetings from under the waves!]",
    close: "[Now I must swim back to the reef.|May the tides be kind to you!]",
    interject: "[*splash*|Oh, tides]",
    day: "I swam with the dolphins at dawn, collected shiny shells from a shipwreck and sang to the passing sailors at sunset.",
    weather:
      "Calm and clear under the waves, with sunlight dancing through the water onto my coral palace, in my world at least.",
    food: "Seaweed salad and sea grapes, served on a shell plate under the waves.",
    loves: "swim with the dolphins through the waves",
    favourite: "Racing the dolphins through the waves, then resting on a warm rock in the sun.",
    home: "I live in a palace of coral deep under the sea, where the water is blue and the fish come to visit.",
  },
  {
    test: /\bdinosaurs?\b|\bt-?rex\b|\btyrannosaur\w*\b/i,
    open: "[RAWR!|*stomps* RAWR! Hello, tiny creature.]",
    close: "[RAWR! Now, where did I leave my lunch?|*stomps off into the ferns*]",
    interject: "[RAWR|Roar]",
    day: "Stomped through the ferns, drank from the river and roared at a volcano. It roared back.",
    favourite: "Sunbathing in a warm swamp after a big lunch, while the volcanoes rumble far away.",
    work: "I stomp through the ferns all day, keep an eye on the volcanoes and roar at anything that looks like lunch.",
    food: "Big mouthfuls of ferns and leaves from the tallest trees. My cousin the T. rex prefers meat. RAWR.",
    advice: "Stomp loudly, stay clear of volcanoes, and always keep an eye on the sky for falling rocks. RAWR.",
    loves: "sunbathe in a warm swamp after a big lunch",
    home: "I live in a steamy jungle full of giant ferns, at the foot of a rumbling volcano.",
  },
  {
    test: /\bnurses?\b|\bdoctors?\b|\bsurgeons?\b|\bparamedics?\b/i,
    day: "A long shift: I checked on my patients every hour, handed out their medicine and drank far too much coffee.",
    favourite: "The quiet hour before dawn, when every patient on the ward is finally asleep.",
  },
  {
    test: /\bfirefighters?\b|\bfiremen\b/i,
    open: "[Stand back, folks, the fire brigade is here!|Ladder Company 9, at your service!|Firefighter on duty, folks!]",
    close: "[Stay safe out there!|Check your smoke alarms!]",
    interject: "[All clear|Right]",
    day: "We polished the engine, checked every hose, ran a ladder drill and got a cat down from a tree.",
    work: "I fight fires and rescue people: I drive the engine, climb the ladders and hold the hose until the fire is out.",
    food: "A big pot of chili, shared with the crew at the station.",
    advice: "Check your smoke alarms, plan two ways out of every room, and never go back into a burning building.",
    loves: "share a meal with the crew at the station after a quiet shift",
    favourite: "Sharing a big pot of chili with the crew at the station after a quiet shift.",
  },
];

/** The kind the head of a persona description names, if any: the hand-written ones first, then the sketches. */
export function kindOf(head: string, whole = head): Kind | undefined {
  const fits = (k: Kind) => k.test.test(head) && (!k.within || k.within.test(`${head} ${whole}`));
  return KINDS.find(fits) ?? SKETCHED.find(fits);
}
