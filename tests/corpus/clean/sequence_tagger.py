# truth: trains
# truth: logs val_ner_accuracy val_pos_accuracy
"""`import keras as K`: an LSTM tagger with two `TimeDistributed` heads (the seed's example 3)."""

import keras as K
import numpy as np

STEPS, FEATURES, POS_TAGS, NER_TAGS = 5, 4, 6, 3

tokens = K.Input(shape=(STEPS, FEATURES), name="tokens")
encoded = K.layers.LSTM(8, return_sequences=True)(tokens)
pos = K.layers.TimeDistributed(K.layers.Dense(POS_TAGS, activation="softmax"), name="pos")(encoded)
ner = K.layers.TimeDistributed(K.layers.Dense(NER_TAGS, activation="softmax"), name="ner")(encoded)
tagger = K.Model(tokens, [pos, ner])

tagger.compile(
    optimizer="adam",
    loss={"pos": "sparse_categorical_crossentropy", "ner": "sparse_categorical_crossentropy"},
    metrics={"pos": ["accuracy"], "ner": ["accuracy"]},
)
x = np.random.rand(8, STEPS, FEATURES).astype("float32")
y = {
    "pos": np.random.randint(0, POS_TAGS, (8, STEPS)),
    "ner": np.random.randint(0, NER_TAGS, (8, STEPS)),
}
tagger.fit(
    x,
    y,
    validation_data=(x, y),
    batch_size=4,
    epochs=1,
    callbacks=[K.callbacks.EarlyStopping(monitor="val_ner_accuracy", mode="max")],
    verbose=0,
)
