plain = 'a module, not a package'
