"""The stores that have no older home: one module per table (or set of tables), named by what
it holds, each the only module with SQL for its tables. ``sql.py`` is the query helpers every
store shares."""
