"""Training and commendations: sessions, attendance, yearly requirements, the register."""
