# glob: wildcards in every component, '**' with recursive=True, hidden names, a trailing
# separator (folders only), root_dir, bytes patterns, escape and has_magic. Results are sorted
# here: CPython gives them in the order the folders list their entries.
import glob
import os

# a folder of the program's own, so that nothing else in the current folder shows
os.makedirs('tree')
os.chdir('tree')
for folder in ['src/pkg/sub', 'src/other', 'docs', '.hid/inner']:
    os.makedirs(folder, exist_ok=True)
for path in ['src/a.py', 'src/b.txt', 'src/pkg/__init__.py', 'src/pkg/sub/c.py', 'src/other/d.py',
             'docs/x.md', '.hid/inner/e.py', 'src/.secret.py', 'top.py', '[weird].py']:
    with open(path, 'w') as f:
        f.write('')


def show(*args, **kwargs):
    print(args, kwargs, sorted(glob.glob(*args, **kwargs)))


show('*.py')
show('src/*.py')
show('src/*')
show('*/*.py')
show('src/*/')
show('src/**/*.py')
show('src/**/*.py', recursive=True)
show('**/*.py', recursive=True)
show('**', recursive=True)
show('**/', recursive=True)
show('src/**', recursive=True)
show('*.py', include_hidden=True)
show('src/*.py', include_hidden=True)
show('**/*.py', recursive=True, include_hidden=True)
show('.*')
show('src/.*')
show('*.py', root_dir='src')
show('**/*.py', root_dir='src', recursive=True)
show('src/a.py')
show('src/missing.py')
show('src/')
show('src/a.py/')
show('nothere/*.py')
show('[[]weird].py')
show(glob.escape('[weird].py'))
show('src/?.py')
show('src/[ab].*')
show('')
print(sorted(glob.glob(b'src/*.py')), sorted(glob.iglob('docs/*')), type(glob.iglob('*')).__name__ != 'list')
print(glob.escape('a*b?c[d]'), glob.escape(b'x*'), glob.has_magic('a[b'), glob.has_magic('plain'), glob.has_magic(b'*'))
