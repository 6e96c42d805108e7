INSERT DATA { <http://x/s> <http://x/p> "pwned" }
