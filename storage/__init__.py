"""The encrypted vault: keys, SQLCipher database, media store, services. No Qt."""
