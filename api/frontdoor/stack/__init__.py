"""Running the whole product on one machine: the bot env, the trained model, and the three processes."""
