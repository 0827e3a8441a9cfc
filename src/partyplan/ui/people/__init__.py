"""People: the register every other area draws on, its import and the people picker."""
