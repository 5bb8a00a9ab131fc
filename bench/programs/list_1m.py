# The memory check: a list of 1,000,000 small ints.
lst = [i for i in range(1_000_000)]
print(len(lst), lst[-1])
