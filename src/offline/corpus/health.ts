import type { Topic } from "./types";

export const HEALTH: Topic = {
  id: "health",
  title: "Health information",
  keywords: [
    "headache",
    "headaches",
    "migraine",
    "fever",
    "sleep",
    "insomnia",
    "symptom",
    "symptoms",
    "medication",
    "medicine",
    "pain",
    "doctor",
    "health",
    "cold",
    "flu",
    "cough",
    "blood pressure",
    "dose",
    "ibuprofen",
    "paracetamol",
    "diet",
    "exercise",
    "stress",
    "tired",
  ],
  passages: [
    {
      persona: "medical",
      text:
        "Most headaches are tension headaches or migraines and are not dangerous, although they can be very unpleasant. Common triggers include stress, too little sleep, skipped meals, dehydration, long screen sessions, alcohol and, for some people, caffeine withdrawal. Drinking water, resting in a quiet, dark room and over-the-counter pain relief used as directed on the label often help. Keeping a short diary of when headaches happen can reveal a pattern.\n\n" +
        "Some signs need urgent medical attention: a sudden, severe headache that feels like the worst ever, a headache with fever and a stiff neck, confusion, weakness, trouble speaking or changes in vision, or a headache after a head injury. Please consult a doctor or other healthcare professional about your own symptoms, especially if headaches are frequent or getting worse.",
      cues: ["headache", "headaches", "migraine", "head"],
      points: [
        "Most headaches are tension headaches or migraines.",
        "Common triggers: stress, poor sleep, skipped meals, dehydration, screens.",
        "Water, rest and over-the-counter pain relief used as directed often help.",
        "Sudden severe pain, fever with a stiff neck or neurological symptoms need urgent care.",
        "Consult a healthcare professional about your own symptoms.",
      ],
    },
    {
      persona: "medical",
      text:
        "Good sleep habits, often called sleep hygiene, help most adults get the seven to nine hours they need. Go to bed and get up at about the same time every day, including weekends. Keep the bedroom dark, quiet and cool, and reserve the bed for sleep. Avoid caffeine in the afternoon and heavy meals or alcohol close to bedtime, and put screens away for the last half hour before sleep. Daylight and physical activity during the day also make it easier to fall asleep at night.\n\n" +
        "If you regularly struggle to fall or stay asleep, wake up feeling unrefreshed, or someone notices that you snore loudly or stop breathing at night, talk to a doctor. Conditions such as insomnia and sleep apnoea are common and treatable, and a professional can find the right approach for you.",
      cues: ["sleep", "insomnia", "tired", "rest", "night", "bedtime"],
      points: [
        "Keep regular sleep and wake times.",
        "Keep the bedroom dark, quiet and cool.",
        "Avoid afternoon caffeine and late alcohol or heavy meals.",
        "Put screens away before bed and get daylight during the day.",
        "See a doctor about persistent sleep problems or loud snoring.",
      ],
    },
    {
      persona: "medical",
      text:
        "Colds and flu are both viral infections of the airways, but flu usually comes on faster and hits harder, with fever, aches and exhaustion, while a cold mostly means a runny nose, sneezing and a sore throat. Antibiotics do not work against viruses. For most healthy adults, rest, plenty of fluids and over-the-counter remedies for symptoms, taken as the label directs, are enough, and recovery takes about a week.\n\n" +
        "Seek medical advice if you have trouble breathing, chest pain, a high fever that lasts more than a few days, or symptoms that improve and then return worse, and sooner if you are pregnant, older, or have a long-term condition. A yearly flu vaccine lowers your risk. Please check with a doctor or pharmacist about what is right for you.",
      cues: ["cold", "flu", "fever", "cough", "sore", "throat", "virus", "sick"],
      points: [
        "Colds and flu are viral; antibiotics do not help.",
        "Flu comes on faster, with fever and aches.",
        "Rest, fluids and symptom relief are usually enough.",
        "Get help for breathing trouble, chest pain or a lasting high fever.",
        "A yearly flu vaccine lowers the risk.",
      ],
    },
    {
      persona: "medical",
      text:
        "Medicines are safest when you know exactly what you are taking. Read the label of every product, including over-the-counter remedies, and check the active ingredient: the same painkiller can hide in several cold and flu products, and taking two of them can add up to too much. Keep to the stated dose and interval, and do not combine medicines, supplements or alcohol without checking that they are safe together.\n\n" +
        "Keep an up-to-date list of everything you take and show it to each doctor and pharmacist you see. Pharmacists are an excellent, easily reached source of advice on interactions and side effects. For any question about your own medication or dose, please ask a pharmacist or your doctor before making changes.",
      cues: [
        "medication",
        "medicine",
        "medicines",
        "dose",
        "interaction",
        "drug",
        "pills",
        "take",
        "ibuprofen",
        "paracetamol",
      ],
      points: [
        "Read every label and check the active ingredient.",
        "Avoid taking the same ingredient in two products.",
        "Keep to the stated dose and interval.",
        "Check interactions with other medicines, supplements and alcohol.",
        "Ask a pharmacist or doctor before changing anything.",
      ],
    },
    {
      persona: "medical",
      text:
        "Regular physical activity is one of the most effective things you can do for your health. Guidelines for adults suggest at least 150 minutes of moderate activity a week, such as brisk walking or cycling, plus muscle-strengthening exercise on two days. Any amount is better than none, and you can build up gradually.\n\n" +
        "A varied diet with plenty of vegetables, fruit, whole grains and legumes, along with enough water and sleep, supports the benefits. Stress also affects the body, so time outdoors, social contact and relaxation techniques are worth making room for. If you have a heart condition, joint problems or another health concern, or are starting after a long break, please talk to your doctor before increasing your activity.",
      cues: ["exercise", "healthy", "diet", "fitness", "stress", "weight", "activity", "walking"],
      points: [
        "Aim for 150 minutes of moderate activity a week.",
        "Add muscle-strengthening exercise twice a week.",
        "Eat plenty of vegetables, fruit, whole grains and legumes.",
        "Make room for rest and stress relief.",
        "Check with a doctor first if you have a health condition.",
      ],
    },
  ],
};
