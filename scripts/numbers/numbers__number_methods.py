# Checks numeric helpers: int.bit_length, float.is_integer, pow with modulus, sum/min/max.
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-8).bit_length())
print((10.0).is_integer(), (10.5).is_integer())
print(pow(2, 10), pow(2, 10, 1000), pow(7, -1, 13))
print(pow(2.0, 3), pow(4, 0.5))
print(sum(range(101)), sum([1.5, 2.5]), sum([[1], [2, 3]], []))
print(sum([1, 2, 3], 10))
print(max([4, 9, 2]), min([4, 9, 2]), max("b", "a", "c"))
print(max([], default="empty"), min([5], default=0))

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

primes = [n for n in range(50) if is_prime(n)]
print(primes)
print("count", len(primes), "sum", sum(primes), "max", max(primes))

def mod_inverse_check(a, m):
    inv = pow(a, -1, m)
    return inv, a * inv % m

print(mod_inverse_check(3, 11), mod_inverse_check(10, 17))

print(int.__name__, isinstance(5, int), isinstance(5.0, float))
print(isinstance(True, int), isinstance(5, float))
print(float(1 << 60), int(1e18))
print(abs(-7) + pow(2, 3), divmod(2 ** 70, 10 ** 9))
