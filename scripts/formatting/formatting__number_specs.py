# Checks numeric format specs: .Nf, thousands separators, e, %, g, d, x, o, b, # and signs.
pi = 3.14159265
big = 1234567.891
print(f"{pi:.2f} {pi:.0f} {pi:.5f} {2.5:.0f} {3.5:.0f}")
print(f"{big:,} {big:,.2f} {1234567:,} {1234567:_} {-9876543:,}")
print(f"{big:e} {big:.2e} {0.000123:.1E}")
print(f"{0.256:%} {0.256:.1%} {1:.0%}")
print(f"{big:g} {0.00001234:g} {123.0:g} {1e20:g} {pi:.3g}")
print(f"{42:d} {42:5d} {42:<5d}| {-42:05d} {42:+d} {-42:+d}")
print(f"{255:x} {255:X} {255:#x} {255:#X} {8:o} {8:#o} {5:b} {5:#b} {5:08b}")
print(f"{1000000:,d} {0:,} {12:,}")
print(f"{7:.2f} {True:d} {-0.0:.1f} {0.005:.2f} {0.015:.2f}")
print(f"{1.5:+.1f} {-1.5:+.1f} {1.5: .1f}")
print(f"{12.0:.3} {1234.5:.3} {0.1 + 0.2:.17g}")

values = [0, 1, -1, 3.75, 1000, -2500.5]
for v in values:
    print(f"{v!r:>8} -> [{v:>10.2f}] [{v:<+9.1f}] [{v:^12,.2f}]")

n = 48879
print(f"dec {n} hex {n:x} oct {n:o} bin {n:b}")
print(f"{'%':>3} {50:3d}%")

for percentage in [0.5, 0.123, 1.0]:
    print(f"progress {percentage:6.1%}")

price = 15000
print(f"가격: {price:,}원, 할인가: {price * 0.9:,.0f}원")
print(f"{2 ** 64:,}")
print(f"{123456789:>15,}|{0.5:>8.1%}|")
