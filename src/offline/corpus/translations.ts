/**
 * Short answers in French, Spanish and German for the topics learners ask about first, so a
 * question asked in one of those languages is answered in it. Each passage joins its English
 * topic (by topic id) and carries its language.
 */
import type { Passage } from "./types";

export type Lang = "fr" | "es" | "de";

/** Topic id -> passages in other languages; keywords -> words those questions use for the topic. */
export const TRANSLATIONS: Record<string, { keywords: string[]; passages: (Passage & { lang: Lang })[] }> = {
  paris: {
    keywords: ["capitale", "capital", "hauptstadt", "frankreich", "francia"],
    passages: [
      {
        lang: "fr",
        cues: ["capitale"],
        text: "La capitale de la France est Paris. La ville se trouve sur la Seine, dans le nord du pays, et compte environ deux millions d'habitants, plus de douze millions avec son agglomération.",
      },
      {
        lang: "fr",
        cues: ["plus", "histoire", "connue"],
        text: "Paris est connue pour ses musées, comme le Louvre et le musée d'Orsay, pour la tour Eiffel, construite pour l'Exposition universelle de 1889, et pour ses quartiers aux caractères très différents, du Marais à Montmartre.",
      },
      {
        lang: "es",
        cues: ["capital"],
        text: "La capital de Francia es París. La ciudad está a orillas del río Sena, en el norte del país, y tiene unos dos millones de habitantes, más de doce millones en su área metropolitana.",
      },
      {
        lang: "es",
        cues: ["más", "conocida", "historia"],
        text: "París es famosa por sus museos, como el Louvre y el Museo de Orsay, por la torre Eiffel, construida para la Exposición Universal de 1889, y por barrios con mucho carácter, como el Marais y Montmartre.",
      },
      {
        lang: "de",
        cues: ["hauptstadt"],
        text: "Die Hauptstadt von Frankreich ist Paris. Die Stadt liegt an der Seine im Norden des Landes und hat rund zwei Millionen Einwohner, im Großraum mehr als zwölf Millionen.",
      },
      {
        lang: "de",
        cues: ["mehr", "bekannt", "geschichte"],
        text: "Paris ist bekannt für seine Museen wie den Louvre und das Musée d'Orsay, für den Eiffelturm, der für die Weltausstellung von 1889 gebaut wurde, und für Viertel mit eigenem Charakter wie das Marais und Montmartre.",
      },
    ],
  },
  "machine-learning": {
    keywords: ["apprentissage", "automatique", "aprendizaje", "automático", "maschinelles", "lernen", "ki", "ia"],
    passages: [
      {
        lang: "fr",
        text: "L'apprentissage automatique est une façon de créer des logiciels qui apprennent à partir d'exemples au lieu de suivre des règles écrites à la main. On montre à un algorithme de nombreux exemples, comme des e-mails marqués spam ou non, et il ajuste les paramètres d'un modèle jusqu'à ce que ses prédictions correspondent aux exemples. Le modèle entraîné peut ensuite faire des prédictions sur des cas nouveaux.",
      },
      {
        lang: "es",
        text: "El aprendizaje automático es una forma de crear programas que aprenden de ejemplos en lugar de seguir reglas escritas a mano. Se le dan a un algoritmo muchos ejemplos, como correos marcados como spam o no, y este ajusta los parámetros de un modelo hasta que sus predicciones coinciden con los ejemplos. Después, el modelo entrenado puede hacer predicciones sobre casos nuevos.",
      },
      {
        lang: "de",
        text: "Maschinelles Lernen ist eine Art, Software zu bauen, die aus Beispielen lernt, statt von Hand geschriebenen Regeln zu folgen. Ein Algorithmus bekommt viele Beispiele, etwa E-Mails, die als Spam markiert sind oder nicht, und passt die Parameter eines Modells an, bis seine Vorhersagen zu den Beispielen passen. Das trainierte Modell kann dann Vorhersagen über neue Fälle treffen.",
      },
    ],
  },
  recursion: {
    keywords: [
      "récursivité",
      "récursion",
      "récursive",
      "recursividad",
      "recursión",
      "recursiva",
      "rekursion",
      "rekursiv",
    ],
    passages: [
      {
        lang: "fr",
        text: "La récursivité, c'est quand une fonction s'appelle elle-même pour résoudre une version plus petite du même problème. Chaque appel rapproche le problème d'un cas de base, assez simple pour être résolu directement, et c'est ce cas de base qui arrête les appels. Par exemple, la factorielle de 5 vaut 5 fois la factorielle de 4, et ainsi de suite jusqu'à la factorielle de 1, qui vaut 1.",
      },
      {
        lang: "es",
        text: "La recursividad consiste en que una función se llame a sí misma para resolver una versión más pequeña del mismo problema. Cada llamada acerca el problema a un caso base, lo bastante simple para resolverse directamente, y ese caso base detiene las llamadas. Por ejemplo, el factorial de 5 es 5 por el factorial de 4, y así hasta el factorial de 1, que vale 1.",
      },
      {
        lang: "de",
        text: "Rekursion bedeutet, dass eine Funktion sich selbst aufruft, um eine kleinere Version desselben Problems zu lösen. Jeder Aufruf bringt das Problem näher an einen Basisfall, der einfach genug ist, um direkt gelöst zu werden, und dieser Basisfall beendet die Aufrufe. Zum Beispiel ist die Fakultät von 5 gleich 5 mal die Fakultät von 4, und so weiter bis zur Fakultät von 1, die 1 ist.",
      },
    ],
  },
  greetings: {
    keywords: ["bonjour", "salut", "hola", "buenos", "hallo", "guten", "tag", "servus"],
    passages: [
      { lang: "fr", text: "Bonjour ! Comment puis-je vous aider aujourd'hui ?" },
      { lang: "es", text: "¡Hola! ¿En qué puedo ayudarte hoy?" },
      { lang: "de", text: "Hallo! Wie kann ich Ihnen heute helfen?" },
    ],
  },
  thanks: {
    keywords: ["merci", "gracias", "danke"],
    passages: [
      { lang: "fr", text: "Avec plaisir ! N'hésitez pas si vous avez d'autres questions." },
      { lang: "es", text: "¡De nada! Si tienes más preguntas, aquí estoy." },
      { lang: "de", text: "Gern geschehen! Melden Sie sich, wenn Sie weitere Fragen haben." },
    ],
  },
  writing: {
    keywords: ["écrire", "écriture", "escribir", "escritura", "schreiben", "améliorer", "mejorar", "verbessern"],
    passages: [
      {
        lang: "fr",
        text: "Pour mieux écrire, écrivez un peu chaque jour et relisez-vous le lendemain avec un regard neuf : coupez les mots inutiles, remplacez les formules vagues par des exemples concrets et raccourcissez les phrases trop longues. Lisez beaucoup, lisez vos textes à voix haute et demandez l'avis d'un lecteur de confiance.",
      },
      {
        lang: "es",
        text: "Para escribir mejor, escribe un poco cada día y relee tu texto al día siguiente con ojos nuevos: quita las palabras que sobran, cambia las frases vagas por ejemplos concretos y acorta las oraciones demasiado largas. Lee mucho, lee tus textos en voz alta y pide la opinión de un lector de confianza.",
      },
      {
        lang: "de",
        text: "Um besser zu schreiben, schreiben Sie jeden Tag ein wenig und lesen Sie Ihren Text am nächsten Tag mit frischem Blick: Streichen Sie überflüssige Wörter, ersetzen Sie vage Formulierungen durch konkrete Beispiele und kürzen Sie zu lange Sätze. Lesen Sie viel, lesen Sie Ihre Texte laut vor und bitten Sie eine vertraute Person um Rückmeldung.",
      },
    ],
  },
};
