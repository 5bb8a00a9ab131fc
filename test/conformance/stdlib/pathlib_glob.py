# pathlib: Path.glob and rglob (3.12: '*' matches hidden names, '**' only folders, a trailing
# '/' only folders, '..', case_sensitive) and Path.walk (top-down, bottom-up, pruning,
# on_error, follow_symlinks). Results are sorted: CPython gives them in os.scandir order.
import os
from pathlib import Path

root = Path('tree')
for folder in ['src/pkg/sub', 'src/other', 'docs', '.hid/inner', 'empty']:
    (root / folder).mkdir(parents=True)
for name in ['src/a.py', 'src/B.PY', 'src/b.txt', 'src/pkg/__init__.py', 'src/pkg/sub/c.py',
             'src/other/d.py', 'docs/x.md', '.hid/inner/e.py', 'src/.secret.py', 'top.py', '[weird].py']:
    (root / name).write_text(name)
(root / 'linked').symlink_to('src', target_is_directory=True)
(root / 'broken').symlink_to('nowhere')


def show(label, found):
    print(label, sorted(str(p) for p in found))


for pattern in ['*.py', 'src/*.py', 'src/*', '*/*.py', 'src/*/', '*/', 'src/**/*.py', '**/*.py', '**',
                '**/', 'src/**', '**/sub/*.py', 'src/pkg/../*.txt', '*', '[[]weird].py', 'src/?.py',
                'src/[ab].*', 'src/a.py', 'src/missing.py', 'nothere/*', 'src/a.py/*', '**/**/*.py',
                'src//a.py', './src/a.py', 'linked/*.py', 'b*']:
    show(pattern, root.glob(pattern))
show('case_sensitive=False', root.glob('src/*.py', case_sensitive=False))
show('case_sensitive=True', root.glob('src/*.PY', case_sensitive=True))
for pattern in ['*.py', 'c.py', '*/', 'sub', 'inner/*']:
    show('rglob ' + pattern, root.rglob(pattern))
show('glob from file', Path('tree/top.py').glob('*'))
show('glob missing folder', Path('tree/missing').glob('*'))

os.chdir('tree')
show('cwd *.py', Path().glob('*.py'))
show('cwd ./src/*.py', Path('.').glob('src/*.py'))
show('cwd ..', Path('src').glob('../docs/*'))
os.chdir('..')

for pattern in ['', '/abs/*', 'a**b']:
    try:
        print(repr(pattern), list(root.glob(pattern)))
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)
try:
    print(list(root.rglob('/x')))
except Exception as e:
    print('rglob /x', type(e).__name__, e)
print(type(root.glob('*')).__name__, type(root.rglob('*')).__name__)

for dirpath, dirnames, filenames in root.walk():
    dirnames.sort()
    print(repr(dirpath), dirnames, sorted(filenames))
print([str(d) for d, _, _ in root.walk(top_down=False) if d.name in ('sub', 'pkg', 'src')])
for dirpath, dirnames, filenames in root.walk():
    dirnames[:] = sorted(d for d in dirnames if not d.startswith('.') and d != 'src')
    print('pruned', dirpath, sorted(dirnames))
print(sorted(str(d) for d, _, _ in root.walk(follow_symlinks=True)))
errors = []
print(list(Path('tree/missing').walk(on_error=errors.append)), [(type(e).__name__, e.filename) for e in errors])
print(list(Path('tree/top.py').walk()))
for d, dirs, files in Path('tree/src/pkg').walk():
    print(d, sorted(dirs), sorted(files))
