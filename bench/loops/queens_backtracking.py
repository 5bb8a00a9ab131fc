# The 8-queens backtracking of bench/programs/nqueens.py on its own: three sets probed, added to and
# removed from. The first solve (gilvm: before the JIT has compiled the interpreter) and the best
# of 40 (steady state).
import json
import time


def queens(n):
    solutions = []
    placed = []
    used_cols = set()
    used_up = set()
    used_down = set()

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in used_cols or (row + c) in used_up or (row - c) in used_down:
                continue
            used_cols.add(c)
            used_up.add(row + c)
            used_down.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            used_cols.remove(c)
            used_up.remove(row + c)
            used_down.remove(row - c)

    place(0)
    return len(solutions)


times = []
for _ in range(40):
    t0 = time.perf_counter()
    assert queens(8) == 92
    times.append((time.perf_counter() - t0) * 1e3)
print(json.dumps({'first_solve_ms': round(times[0], 2), 'best_solve_ms': round(min(times), 3)}))
