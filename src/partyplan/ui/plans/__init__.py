"""Plans: the year's plan as a tree of sections and items, its targets, import and export."""
