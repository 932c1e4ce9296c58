# Checks the math module: constants, rounding to ints, exact integer functions, logs, trig, fsum/hypot/prod and error messages.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.isqrt(10 ** 30 + 7), math.isqrt(99), math.cbrt(27), math.cbrt(-2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(True), math.floor(1e20), math.ceil(2.0 ** 70 + 0.5))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(2 ** 80, 6 ** 40), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.perm(10, 3), math.perm(5), math.perm(4, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.log(2 ** 2000), math.log2(2 ** 2000), math.log10(10 ** 400), math.log(10 ** 500, 10))
print(math.exp(1), math.exp(-745), math.expm1(1e-10), math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0.5), math.atan(1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([1, 2 ** 60, -(2 ** 60)]), math.fsum([]))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3, math.fmod(-7.5, 2), math.remainder(7, 4), math.modf(-3.25))
print(math.frexp(8), math.frexp(-0.15625), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, -1080))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(0.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.01, rel_tol=0.1))
print(math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.ulp(1.0), math.nextafter(1, 2))
errors = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5, 2), lambda: math.log(10, 1), lambda: math.exp(1000),
          lambda: math.factorial(-1), lambda: math.factorial(5.0), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
          lambda: math.sqrt("4"), lambda: math.gcd(1.5), lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.perm(5, -1),
          lambda: math.pow(0, -1), lambda: math.pow(10, 400), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]),
          lambda: math.acos(2), lambda: math.ldexp(1, 5000), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.trunc("x"),
          lambda: math.sqrt(), lambda: math.atan2(1), lambda: math.log(), lambda: math.prod(), lambda: math.isclose(1),
          lambda: math.fmod(1, 0), lambda: math.sqrt(10 ** 400), lambda: math.factorial(2 ** 64)]
for call in errors:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
