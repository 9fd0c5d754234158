"""The blind registry relay (the sync issue). Sees only the wire protocol and ciphertext."""
