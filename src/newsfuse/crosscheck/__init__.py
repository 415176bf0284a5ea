"""Cross-source analyses: each module is a function of the Cluster that returns plain data.

What several analyses share (which articles copy which, the names of the cluster, who said
what) is computed once per cluster through ``Cluster.derive``, on first use, so no analysis
depends on another having run first.
"""
