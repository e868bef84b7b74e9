"""Where analyses run, never what comes out: this process, a pool on every core (`pool`), one
worker started early in a rebuild (`early`), or a Dask cluster (`dask_cluster`).
"""
