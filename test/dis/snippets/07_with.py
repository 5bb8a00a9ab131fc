def read(path):
    with open(path) as f, open(path + '.bak', 'w') as g:
        data = f.read()
        g.write(data)
    return data
