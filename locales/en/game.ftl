### The game window: every screen's own words (the scenario's and the deal's come from sim.ftl).
