// checks: a file with no package clause at all
