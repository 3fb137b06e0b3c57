import type { Topic } from "./types";

export const MACHINE_LEARNING: Topic = {
  id: "machine-learning",
  title: "Machine learning",
  keywords: [
    "machine learning",
    "ml",
    "model",
    "models",
    "training",
    "neural",
    "dataset",
    "learn",
    "learning",
    "ai",
    "artificial intelligence",
    "deep learning",
  ],
  passages: [
    {
      text:
        "Machine learning is a way of building software that learns from examples instead of following rules a programmer wrote by hand. You give an algorithm many examples, such as emails labelled spam or not spam, and it adjusts the internal settings of a model, often millions of numbers called parameters, until the model's predictions match the examples as closely as possible.\n\n" +
        "Once trained, the model can make predictions about new cases it has never seen: it can flag a fresh email as spam, recognise a face in a photo, recommend a film or estimate the price of a house. The quality of the result depends heavily on the data. A model trained on too few examples, or on examples that do not represent the real world, will learn the wrong lessons, however clever the algorithm.\n\n" +
        "Machine learning is behind speech recognition, translation, search ranking, fraud detection and the large language models that power chat assistants. Its core idea is simple: instead of telling the computer how to solve a problem, you show it what good answers look like and let it find the pattern.",
      cues: ["explain", "what", "machine", "learning", "is", "how", "works"],
      points: [
        "Machine learning builds software that learns patterns from examples.",
        "Training adjusts a model's parameters until its predictions fit the examples.",
        "A trained model makes predictions about new, unseen cases.",
        "The quality and representativeness of the data matter most.",
        "It powers speech recognition, translation, recommendations and chat assistants.",
      ],
    },
    {
      text:
        "Machine learning teaches computers to spot patterns in data so they can make decisions or predictions without being explicitly programmed for each case. Take a spam filter. Writing rules by hand, such as blocking every email that mentions a prize, breaks quickly and misses new tricks. A machine learning approach collects thousands of emails that people have already marked as spam or not, and lets an algorithm discover which words, senders and patterns tend to go together with spam.\n\n" +
        "The process has three stages. First comes training, where the model studies the labelled examples. Then evaluation, where it is tested on examples it did not see during training, to check that it learned general patterns rather than memorising. Finally deployment, where it makes predictions on real data, and is retrained from time to time as the world changes.",
      cues: ["explain", "example", "simple", "spam", "beginner"],
      points: [
        "Machine learning finds patterns in data instead of using hand-written rules.",
        "A spam filter learns from emails people have already labelled.",
        "Training: the model studies labelled examples.",
        "Evaluation: it is tested on examples it has not seen.",
        "Deployment: it predicts on real data and is retrained over time.",
      ],
    },
    {
      text:
        "There are three main kinds of machine learning. In supervised learning, every training example comes with the right answer, a label, and the model learns to map inputs to labels: predicting house prices from their features or classifying photos of cats and dogs. In unsupervised learning there are no labels, and the model looks for structure on its own, for instance grouping customers with similar buying habits or compressing data.\n\n" +
        "In reinforcement learning, an agent learns by trial and error, taking actions in an environment and receiving rewards or penalties, which is how systems learned to play Go and to control robots. Large language models combine several of these: they are pre-trained on vast amounts of text to predict the next token, then fine-tuned with human feedback.",
      cues: ["types", "kinds", "supervised", "unsupervised", "reinforcement", "categories", "difference"],
      points: [
        "Supervised learning learns from labelled examples.",
        "Unsupervised learning finds structure in unlabelled data.",
        "Reinforcement learning learns from rewards through trial and error.",
        "Language models are pre-trained on text, then fine-tuned with human feedback.",
      ],
    },
    {
      text:
        "Training a model means finding parameter values that make its predictions as accurate as possible on the training data, usually by measuring the error with a loss function and nudging the parameters step by step to reduce it, a method called gradient descent.\n\n" +
        "The main danger is overfitting: a model that fits its training examples perfectly but fails on new data, like a student who memorised last year's exam instead of learning the subject. To detect it, you hold back part of the data as a test set and only measure performance there. Remedies include collecting more data, using a simpler model, regularisation, and stopping training when the test error starts to rise.",
      cues: ["training", "train", "overfitting", "overfit", "test", "evaluate", "gradient", "loss"],
      points: [
        "Training minimises a loss function by adjusting parameters.",
        "Gradient descent nudges parameters step by step.",
        "Overfitting means fitting the training data but failing on new data.",
        "A held-out test set reveals overfitting.",
        "More data, simpler models and regularisation reduce it.",
      ],
    },
    {
      text:
        "Neural networks are machine learning models loosely inspired by the brain. They are made of layers of simple units, each of which multiplies its inputs by weights, adds them up and passes the result through a small non-linear function. Stacking many layers, which is what deep learning means, lets the network build up complex features from simple ones: edges become shapes, and shapes become faces.\n\n" +
        "Deep networks need a lot of data and computing power, which is why their rise followed the spread of large datasets and graphics processors. Today they power image recognition, speech, translation and language models such as the GPT family, which are neural networks called transformers with billions of weights.",
      cues: ["neural", "network", "networks", "deep", "layers", "brain", "transformer"],
      points: [
        "Neural networks are layers of simple weighted units.",
        "Deep learning stacks many layers to learn complex features.",
        "They need large datasets and a lot of computing power.",
        "Transformers, such as the GPT models, are deep neural networks.",
      ],
    },
  ],
};
