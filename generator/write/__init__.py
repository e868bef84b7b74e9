"""Write: the only stage that touches the output tree (`pages`), and the atomic replacement
of one file that the caches use too (`atomic`)."""
