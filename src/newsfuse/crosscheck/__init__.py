"""Cross-source analyses: each module is a function of the Cluster that returns plain data.

overlap (who copies whom) runs first, because claims and citations must not count a copy as
independent confirmation; the others only read the Cluster.
"""
