# textwrap: wrap/fill/shorten and TextWrapper's options, including where hyphenated words,
# em-dashes and long words are cut, max_lines with placeholders, and sentence endings.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, "
        "state-of-the-art jump -- really! Supercalifragilisticexpialidocious words "
        "and e-mail addresses like some-body@example.com need\tcare.  End?")
for width in (10, 15, 20, 33, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 16, drop_whitespace=False))
print(textwrap.wrap('a\tb\tc  d\n\ne', 8), textwrap.wrap('a\tb\tc', 8, expand_tabs=False))
print(textwrap.wrap('a\tb\tc', 20, tabsize=4), textwrap.wrap('x\ny\tz', 20, replace_whitespace=False))
print(textwrap.wrap('Hi there. How are you? "Fine." Good!  Yes. A.B. mr. Smith', 80, fix_sentence_endings=True))
for ml, ph in [(1, ' [...]'), (2, ' [...]'), (3, '...'), (2, ''), (4, ' ~')]:
    print(ml, repr(ph), textwrap.wrap(text, 20, max_lines=ml, placeholder=ph))
print(textwrap.wrap('Hello world', 11, max_lines=1), textwrap.wrap('Hello  world again', 11, max_lines=1))
for w in (5, 8, 11, 12, 20, 100):
    print(w, repr(textwrap.shorten('Hello   world!  This  is\ta   test.', w)))
print(textwrap.shorten('Hello world', 8, placeholder='..'), textwrap.shorten('', 5), textwrap.shorten('   ', 5))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('  lead', 10), textwrap.fill('trail   ', 10) + '|')
print(textwrap.wrap('--leading dashes and trailing--', 9), textwrap.wrap('a--b c---d --e f-- g', 5))
print(textwrap.wrap('mother-in-law un-self-conscious x-ray 123-456 a-b-c', 6))
print(textwrap.wrap('ééé-ààà ün-ter_score 日本語-テキスト', 5))
print(textwrap.wrap('aaaaaaaaaa-bbbbbbbbbb-cccc', 12), textwrap.wrap('----------x', 4))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('x', -3),
            lambda: textwrap.wrap('some text', 5, max_lines=1, placeholder=' [......]'),
            lambda: textwrap.wrap('x', 4, max_lines=2, subsequent_indent='    ', placeholder='.'),
            lambda: textwrap.TextWrapper(bogus=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

w = textwrap.TextWrapper(width=18, initial_indent='>> ')
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
print(w.wrap(text)[:3])
w.width = 40
w.subsequent_indent = '.. '
print(w.fill(text))
print(w._split('well-known -- state-of-the-art'), w._munge_whitespace('a\tb\nc'))
class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
print(Upper(width=12).wrap('split me into upper-case chunks'))
