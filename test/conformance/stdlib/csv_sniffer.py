# csv: Sniffer.sniff (delimiter, quotechar, doublequote, skipinitialspace of plain samples)
# and Sniffer.has_header; the sniffed dialect used to read.
import csv
import io

s = csv.Sniffer()
print(s.preferred)
for sample in ['a;b;c\n1;2;3\n4;5;6\n', '"a","b"\n"1","2"\n', "'a', 'b'\n'1', '2'\n", 'a\tb\n1\t2\n',
               'x:y:z\n1:2:3\n', 'a|b\n1|2\n3|4\n', '"a""b",c\n"d",e\n', 'name age\nbob 3\n',
               'a,b;c\n1,2;3\n', 'a, b, c\n1, 2, 3\n', 'a,b\n1,2,3\n4,5\n6,7\n', 'abc\ndef\n', '']:
    try:
        d = s.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              repr(d.lineterminator), d.quoting, d._name, issubclass(d, csv.Dialect))
    except csv.Error as e:
        print(type(e).__name__, e)
print(repr(s.sniff('a,b;c\n1,2;3\n', delimiters=';').delimiter))
print(s.has_header('name,age\nbob,30\nann,25\n'), s.has_header('1,2\n3,4\n'),
      s.has_header('a,b\nc,d\n'), s.has_header('id,code\n1,ab\n2,cd\n'))
d = s.sniff('a;b\n1;2\n')
print(list(csv.reader(io.StringIO('x;"y;z"\n'), d)))
