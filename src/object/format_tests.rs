//! Unit tests of the format mini-language, float repr and `%` formatting.
//! Expected values were produced by CPython 3.11.7 (`python3`) and pasted in.

use super::*;

fn ok(s: &str) -> Result<String, FormatError> {
    Ok(s.to_string())
}
fn val<T>(s: &str) -> Result<T, FormatError> {
    Err(FormatError::Value(s.to_string()))
}
fn typ<T>(s: &str) -> Result<T, FormatError> {
    Err(FormatError::Type(s.to_string()))
}
fn ovf<T>(s: &str) -> Result<T, FormatError> {
    Err(FormatError::Overflow(s.to_string()))
}
fn big(s: &str) -> BigInt {
    s.parse().expect("test integer literal")
}

/// Owned-ish test argument, turned into a `PercentArg`.
enum Arg {
    S(&'static str, &'static str),
    I(&'static str),
    F(f64),
}
use Arg::{F, I, S};

fn run_percent(fmt: &str, args: &[Arg]) -> Result<String, FormatError> {
    let ints: Vec<BigInt> = args
        .iter()
        .map(|a| match a {
            I(s) => big(s),
            _ => BigInt::from(0),
        })
        .collect();
    let pargs: Vec<PercentArg> = args
        .iter()
        .zip(&ints)
        .map(|(a, i)| match a {
            S(s, r) => PercentArg::Str(s, r),
            I(_) => PercentArg::Int(i),
            F(f) => PercentArg::Float(*f),
        })
        .collect();
    percent_format(fmt, &pargs)
}

#[test]
fn examples_from_the_brief() {
    assert_eq!(float_repr(0.1), "0.1");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
    // (1.2345678901234567e16 is not a double; its nearest one prints as ...68)
    assert_eq!(float_repr(1.2345678901234568e16), "1.2345678901234568e+16");
    assert_eq!(float_repr(f64::INFINITY), "inf");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(1.0), "1.0");
    assert_eq!(float_repr(5e-324), "5e-324");
    assert_eq!(format_float(1.0 / 3.0, ".3"), ok("0.333"));
    assert_eq!(format_float(1e20, ".3"), ok("1e+20"));
    assert_eq!(format_float(2.0, ".3"), ok("2.0"));
    assert_eq!(format_float(2.675, ".2f"), ok("2.67"));
    assert_eq!(format_float(0.125, ".2f"), ok("0.12"));
    assert_eq!(format_str("ab", "=5"), val("'=' alignment not allowed in string format specifier"));
    assert_eq!(format_float(1.5, "x"), val("Unknown format code 'x' for object of type 'float'"));
    assert_eq!(format_int(&big("1"), "."), val("Format specifier missing precision"));
    assert_eq!(format_str("a", ","), val("Cannot specify ',' with 's'."));
    assert_eq!(format_str("a", "+"), val("Sign not allowed in string format specifier"));
    assert_eq!(format_i64(1, ".2"), val("Precision not allowed in integer format specifier"));
    assert_eq!(format_str("a", "#"), val("Alternate form (#) not allowed in string format specifier"));
    assert_eq!(parse_spec("xx"), Err(FormatError::Value("Invalid format specifier".into())));
    assert_eq!(format_int(&big("1"), "xx"), val("Invalid format specifier 'xx' for object of type 'int'"));
    assert_eq!(percent_format("%d", &[PercentArg::Str("s", "'s'")]), typ("%d format: a real number is required, not str"));
    assert_eq!(percent_format("%d", &[]), typ("not enough arguments for format string"));
}

#[test]
fn rust_fixed_rounding_matches_python() {
    // Rust's exact formatting rounds the exact binary value half-to-even,
    // which is what CPython does; these are python3's answers.
    assert_eq!(format!("{:.2}", 2.675f64), "2.67");
    assert_eq!(format!("{:.2}", 0.125f64), "0.12");
    assert_eq!(format!("{:.2}", 0.375f64), "0.38");
    assert_eq!(format!("{:.0}", 0.5f64), "0");
    assert_eq!(format!("{:.0}", 2.5f64), "2");
    assert_eq!(format!("{:.0}", 1.5f64), "2");
    assert_eq!(format!("{:.1e}", 0.125f64), "1.2e-1");
}

#[test]
fn float_repr_cases() {
    // (value, repr(value)) from python3
    let cases: Vec<(f64, &str)> = vec![
        (0.1, "0.1"),
        (1e+16, "1e+16"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.0, "123456789012345.0"),
        (1.2345678901234568e+16, "1.2345678901234568e+16"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (1.0, "1.0"),
        (5e-324, "5e-324"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (1000000000000000.0, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (1e+22, "1e+22"),
        (1e-07, "1e-07"),
        (123.456, "123.456"),
        (-2.5, "-2.5"),
        (2.9802322387695312e-08, "2.9802322387695312e-08"),
        (165809878395585.12, "165809878395585.12"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (0.3, "0.3"),
        (100.0, "100.0"),
        (1e+100, "1e+100"),
        (4.35, "4.35"),
        (1438519288746021.2, "1438519288746021.2"),
    ];
    for (v, want) in cases {
        assert_eq!(float_repr(v), want, "repr({v:?})");
        assert_eq!(format_float(v, ""), ok(want), "format({v:?}, '')");
    }
}

#[test]
fn format_float_cases() {
    let cases: Vec<(f64, &str, Result<String, FormatError>)> = vec![
        (0.3333333333333333, ".3", ok("0.333")),
        (1e+20, ".3", ok("1e+20")),
        (2.0, ".3", ok("2.0")),
        (100.0, ".3", ok("1e+02")),
        (10.0, ".3", ok("10.0")),
        (0.0, ".1", ok("0e+00")),
        (0.0, ".3", ok("0.0")),
        (1.0, ".0", ok("1e+00")),
        (9.5, ".1", ok("1e+01")),
        (9.5, ".2", ok("9.5")),
        (123456789.0, ".10", ok("123456789.0")),
        (1000000000000000.0, ".16", ok("1e+15")),
        (0.1, ".20", ok("0.10000000000000000555")),
        (0.3333333333333333, ".17", ok("0.33333333333333331")),
        (2.675, ".2f", ok("2.67")),
        (0.125, ".2f", ok("0.12")),
        (0.375, ".2f", ok("0.38")),
        (2.5, ".0f", ok("2")),
        (0.5, ".0f", ok("0")),
        (1.5, ".0f", ok("2")),
        (
            1e+300,
            "f",
            ok(
                "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
            ),
        ),
        (1e-10, ".15f", ok("0.000000000100000")),
        (1.0, "#.0f", ok("1.")),
        (1.0, "#.0e", ok("1.e+00")),
        (1.0, ".0e", ok("1e+00")),
        (5e-324, ".3e", ok("4.941e-324")),
        (5e-324, "g", ok("4.94066e-324")),
        (1e-185, "25.16e", ok("  9.9999999999999999e-186")),
        (1e+220, "x<+.18", ok("+9.99999999999999996e+219")),
        (1e+16, "", ok("1e+16")),
        (1e+16, "#", ok("1.e+16")),
        (1.0, "#", ok("1.0")),
        (1e-05, "#", ok("1.e-05")),
        (1.0, "#.3", ok("1.00")),
        (1e+20, "#.3", ok("1.00e+20")),
        (1.0, "#g", ok("1.00000")),
        (0.0, "#g", ok("0.00000")),
        (0.0, "g", ok("0")),
        (-0.0, "g", ok("-0")),
        (1.0, "z#", ok("1.0")),
        (-0.0, "z", ok("0.0")),
        (-0.0001, "z.2f", ok("0.00")),
        (-0.001, "z.1e", ok("-1.0e-03")),
        (-1e-300, "z.2%", ok("0.00%")),
        (-0.0, ".2f", ok("-0.00")),
        (f64::NAN, "", ok("nan")),
        (-f64::NAN, "+", ok("+nan")),
        (f64::INFINITY, "E", ok("INF")),
        (f64::NAN, "F", ok("NAN")),
        (f64::INFINITY, "010", ok("0000000inf")),
        (f64::INFINITY, "010,", ok("0000000inf")),
        (f64::NEG_INFINITY, "010", ok("-000000inf")),
        (f64::INFINITY, "%", ok("inf%")),
        (f64::NEG_INFINITY, "=+8", ok("-    inf")),
        (1234567.0, "n", ok("1.23457e+06")),
        (1234567.0, ",", ok("1,234,567.0")),
        (1234567.5, "_", ok("1_234_567.5")),
        (1234567.5, "015,", ok("0,001,234,567.5")),
        (1234567.5, "015,.2f", ok("0,001,234,567.50")),
        (1e+20, ",", ok("1e+20")),
        (1e+20, ",.2f", ok("100,000,000,000,000,000,000.00")),
        (123.0, "=+10", ok("+    123.0")),
        (-123.0, "010", ok("-0000123.0")),
        (-123.0, "^10", ok("  -123.0  ")),
        (123.0, " ", ok(" 123.0")),
        (123.456, "+08.2f", ok("+0123.46")),
        (123.456, "<08.2f", ok("123.4600")),
        (123.456, "*^12.1f", ok("***123.5****")),
        (0.3333333333333333, "%", ok("33.333333%")),
        (0.3333333333333333, ".1%", ok("33.3%")),
        (0.3333333333333333, "#.0%", ok("33.%")),
        (12345.678, "E", ok("1.234568E+04")),
        (12345.678, ".3G", ok("1.23E+04")),
        (1e-10, "G", ok("1E-10")),
        (1.5, "n", ok("1.5")),
        (-1.5, "=+10.3n", ok("-      1.5")),
        (3.14259, "中^9.3", ok("中中3.14中中中")),
        (0.1, ".60", ok("0.1000000000000000055511151231257827021181583404541015625")),
        (0.1, "#.60g", ok("0.100000000000000005551115123125782702118158340454101562500000")),
        (1e+16, ".17g", ok("10000000000000000")),
        (1.0, ".0%", ok("100%")),
        (1234.5, "_.3f", ok("1_234.500")),
        (1.5, "d", val("Unknown format code 'd' for object of type 'float'")),
        (1.5, "c", val("Unknown format code 'c' for object of type 'float'")),
        (1.5, "x", val("Unknown format code 'x' for object of type 'float'")),
        (1.5, "\u{1}", val("Unknown format code '\\x1' for object of type 'float'")),
        (1.5, "abc", val("Invalid format specifier 'abc' for object of type 'float'")),
        (1.5, ".", val("Format specifier missing precision")),
        (1.5, ",_", val("Cannot specify both ',' and '_'.")),
        (1.5, ",n", val("Cannot specify ',' with 'n'.")),
        (1.5, "z+", val("Unknown format code '+' for object of type 'float'")),
        (1.0, ".2147483648f", val("precision too big")),
        (1.0, "99999999999999999999", val("Too many decimal digits in format string")),
    ];
    for (v, spec, want) in cases {
        assert_eq!(format_float(v, spec), want, "format({v:?}, {spec:?})");
    }
}

#[test]
fn format_int_cases() {
    let cases: Vec<(&str, &str, Result<String, FormatError>)> = vec![
        ("255", "#x", ok("0xff")),
        ("255", "#X", ok("0XFF")),
        ("255", "#o", ok("0o377")),
        ("255", "#b", ok("0b11111111")),
        ("-255", "#x", ok("-0xff")),
        ("-255", "#010x", ok("-0x00000ff")),
        ("-255", "+#010x", ok("-0x00000ff")),
        ("255", "#_b", ok("0b1111_1111")),
        ("255", "#012_b", ok("0b0_1111_1111")),
        ("-255", " #12_b", ok("-0b1111_1111")),
        ("255", "#<12x", ok("ff##########")),
        ("255", "#^12x", ok("#####ff#####")),
        ("255", "*^+#12x", ok("***+0xff****")),
        ("1234567", ",", ok("1,234,567")),
        ("-1234567", ",d", ok("-1,234,567")),
        ("-1234567", "015_", ok("-00_001_234_567")),
        ("-1234567", "=15_", ok("-     1_234_567")),
        ("1234567", "n", ok("1234567")),
        ("1234567", "012n", ok("000001234567")),
        ("0", "010,", ok("00,000,000")),
        ("1234", "09,", ok("0,001,234")),
        ("1234", "08,", ok("0,001,234")),
        ("1234", "07,", ok("001,234")),
        ("1234", "0=10,", ok("00,001,234")),
        ("1234", "x=10,", ok("xxxxx1,234")),
        ("123456", "010_x", ok("0_0001_e240")),
        ("12345", "_o", ok("3_0071")),
        ("12345", "_b", ok("11_0000_0011_1001")),
        ("12345", "08_d", ok("0_012_345")),
        ("12345", "010_d", ok("00_012_345")),
        ("5", " 5", ok("    5")),
        ("5", "+", ok("+5")),
        ("-5", "+", ok("-5")),
        ("5", " ", ok(" 5")),
        ("0", "#x", ok("0x0")),
        ("5", "<05", ok("50000")),
        ("5", "^05", ok("00500")),
        ("5", "x<05", ok("5xxxx")),
        ("5", "0>010", ok("0000000005")),
        ("5", "x=010", ok("xxxxxxxxx5")),
        ("65", "c", ok("A")),
        ("65", "5c", ok("    A")),
        ("65", "05c", ok("0000A")),
        ("65", "+=5c", ok("++++A")),
        ("128512", "c", ok("😀")),
        ("123", "f", ok("123.000000")),
        ("123", "%", ok("12300.000000%")),
        ("123", "g", ok("123")),
        ("100000000000000000000", "g", ok("1e+20")),
        ("1000000000000000000000000000000", ",", ok("1,000,000,000,000,000,000,000,000,000,000")),
        ("1000000000000000000000000000000", ".3e", ok("1.000e+30")),
        (
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "e",
            ok("1.797693e+308"),
        ),
        ("-1267650600228229401496703205376", "_x", ok("-10_0000_0000_0000_0000_0000_0000")),
        ("-9223372036854775808", "d", ok("-9223372036854775808")),
        ("9223372036854775807", "#b", ok("0b111111111111111111111111111111111111111111111111111111111111111")),
        ("18446744073709551616", "X", ok("10000000000000000")),
        ("12345", "٥", ok("12345")),
        ("7", "0𝟘", ok("7")),
        ("1", ".2", val("Precision not allowed in integer format specifier")),
        ("1", "z", val("Negative zero coercion (z) not allowed in integer format specifier")),
        ("1", "zx", val("Negative zero coercion (z) not allowed in integer format specifier")),
        ("1", ",,", val("Cannot specify ',' with ','.")),
        ("1", "_,d", val("Cannot specify both ',' and '_'.")),
        ("1", ",n", val("Cannot specify ',' with 'n'.")),
        ("1", ",x", val("Cannot specify ',' with 'x'.")),
        ("65", "+c", val("Sign not allowed with integer format specifier 'c'")),
        ("65", "#c", val("Alternate form (#) not allowed with integer format specifier 'c'")),
        ("65", " c", val("Sign not allowed with integer format specifier 'c'")),
        ("65", "zc", val("Negative zero coercion (z) not allowed in integer format specifier")),
        ("1", "+z.2c", val("Precision not allowed in integer format specifier")),
        ("-1", "c", ovf("%c arg not in range(0x110000)")),
        ("1114112", "c", ovf("%c arg not in range(0x110000)")),
        (
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "e",
            ovf("int too large to convert to float"),
        ),
        ("1", "q", val("Unknown format code 'q' for object of type 'int'")),
        ("1", "é", val("Unknown format code '\\xe9' for object of type 'int'")),
        ("1", "  ", val("Unknown format code '\\x20' for object of type 'int'")),
        ("1", "abc", val("Invalid format specifier 'abc' for object of type 'int'")),
        ("1", ".", val("Format specifier missing precision")),
        ("1", "9999999999999999999999", val("Too many decimal digits in format string")),
        ("1", ",ш", val("Cannot specify ',' with '\\x448'.")),
    ];
    for (v, spec, want) in cases {
        let n = big(v);
        assert_eq!(format_int(&n, spec), want, "format({v}, {spec:?})");
        if let Ok(small) = v.parse::<i64>() {
            assert_eq!(format_i64(small, spec), want, "format_i64({v}, {spec:?})");
        }
    }
}

#[test]
fn format_str_cases() {
    let cases: Vec<(&str, &str, Result<String, FormatError>)> = vec![
        ("ab", "05", ok("ab000")),
        ("ab", "<05", ok("ab000")),
        ("abc", ".2", ok("ab")),
        ("abc", "^7.2", ok("  ab   ")),
        ("abc", "x^6", ok("xabcxx")),
        ("abc", ">5s", ok("  abc")),
        ("abc", "5", ok("abc  ")),
        ("中文", "^6", ok("  中文  ")),
        ("😀", "*>3", ok("**😀")),
        ("abc", "", ok("abc")),
        ("abc", "s", ok("abc")),
        ("abcdef", ".0", ok("")),
        ("ab", "=5", val("'=' alignment not allowed in string format specifier")),
        ("a", "+", val("Sign not allowed in string format specifier")),
        ("a", " ", val("Space not allowed in string format specifier")),
        ("a", "#", val("Alternate form (#) not allowed in string format specifier")),
        ("a", "z", val("Negative zero coercion (z) not allowed in string format specifier")),
        ("a", "+d", val("Unknown format code 'd' for object of type 'str'")),
        ("a", ",", val("Cannot specify ',' with 's'.")),
        ("a", "_", val("Cannot specify '_' with 's'.")),
        ("a", "d", val("Unknown format code 'd' for object of type 'str'")),
        ("a", "abc", val("Invalid format specifier 'abc' for object of type 'str'")),
        ("a", "=#5", val("Alternate form (#) not allowed in string format specifier")),
        ("a", "+#", val("Sign not allowed in string format specifier")),
        ("a", "10٥", ok("a                                                                                                        ")),
    ];
    for (v, spec, want) in cases {
        assert_eq!(format_str(v, spec), want, "format({v:?}, {spec:?})");
    }
}

#[test]
fn percent_cases() {
    let cases: Vec<(&str, &[Arg], Result<String, FormatError>)> = vec![
        ("%s %d %5.2f %x %r %%", &[S("a", "'a'"), I("3"), F(3.14259), I("255"), S("b", "'b'")], ok("a 3  3.14 ff 'b' %")),
        ("%-10s|", &[S("abc", "'abc'")], ok("abc       |")),
        ("%05d", &[I("-5")], ok("-0005")),
        ("%5.2f", &[F(3.14259)], ok(" 3.14")),
        ("%i|%u", &[I("-10"), I("10")], ok("-10|10")),
        ("%#x %#X %#o", &[I("255"), I("255"), I("8")], ok("0xff 0XFF 0o10")),
        ("%#.5x", &[I("255")], ok("0x000ff")),
        ("%#10.5x|", &[I("255")], ok("   0x000ff|")),
        ("%-#10.5x|", &[I("255")], ok("0x000ff   |")),
        ("%#010x", &[I("255")], ok("0x000000ff")),
        ("%+#010x", &[I("255")], ok("+0x00000ff")),
        ("% d|%+d|% +d", &[I("5"), I("5"), I("5")], ok(" 5|+5|+5")),
        ("%-05d|", &[I("-5")], ok("-5   |")),
        ("%.3d|%8.3d|%08.3d", &[I("-5"), I("-5"), I("-5")], ok("-005|    -005|-0000005")),
        ("%.0d", &[I("0")], ok("0")),
        (
            "%f",
            &[F(1e+300)],
            ok(
                "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
            ),
        ),
        ("%.0f|%#.0f", &[F(0.5), I("1")], ok("0|1.")),
        ("%e|%E", &[I("12345"), F(12345.678)], ok("1.234500e+04|1.234568E+04")),
        ("%g|%G|%#g|%.0g", &[F(12345.678), F(1e-10), F(1.0), F(1.5)], ok("12345.7|1E-10|1.00000|2")),
        ("%010f|%-010f|", &[F(f64::INFINITY), F(f64::INFINITY)], ok("0000000inf|inf       |")),
        ("%+f|%f|%F|%E", &[F(f64::NAN), F(f64::NEG_INFINITY), F(f64::INFINITY), F(f64::NAN)], ok("+nan|-inf|INF|NAN")),
        ("%010.2f", &[F(-3.14259)], ok("-000003.14")),
        ("%s|%r", &[F(1e+16), F(1e+16)], ok("1e+16|1e+16")),
        ("%a", &[S("é😀", "'é😀'")], ok("'\\xe9\\U0001f600'")),
        ("%.2s|%10.2s|", &[S("abcdef", "'abcdef'"), S("abcdef", "'abcdef'")], ok("ab|        ab|")),
        ("%*d|%-*d|%*d|", &[I("5"), I("3"), I("5"), I("3"), I("-5"), I("3")], ok("    3|3    |3    |")),
        ("%.*f|%.*f", &[I("2"), F(3.14259), I("-2"), F(3.14259)], ok("3.14|3")),
        ("%*.*f|", &[I("8"), I("2"), F(3.14259)], ok("    3.14|")),
        ("%ld %hd %Ld", &[I("1"), I("2"), I("3")], ok("1 2 3")),
        ("%c%c|%5c|%-5c|", &[I("65"), S("😀", "'😀'"), S("x", "'x'"), S("x", "'x'")], ok("A😀|    x|x    |")),
        ("%05c", &[I("65")], ok("    A")),
        ("%d", &[F(3.7)], ok("3")),
        ("%d", &[F(-3.7)], ok("-3")),
        ("%d", &[F(-0.0)], ok("0")),
        ("%x", &[I("1000000000000000000000000000000")], ok("c9f2c9cd04674edea40000000")),
        ("%X", &[I("-1000000000000000000000000000000")], ok("-C9F2C9CD04674EDEA40000000")),
        ("%d", &[I("1000000000000000000000000000000")], ok("1000000000000000000000000000000")),
        ("%.2f|%.2f|%.1f", &[F(2.675), F(0.125), F(0.25)], ok("2.67|0.12|0.2")),
        ("%s %s %s", &[I("-10"), F(1.5), S("x", "'x'")], ok("-10 1.5 x")),
        ("%%%s%%", &[I("1")], ok("%1%")),
        ("x", &[], ok("x")),
        ("%.3c|%5.3c|", &[S("a", "'a'"), I("65")], ok("a|    A|")),
        ("%#s|%+s|%05s", &[S("a", "'a'"), S("a", "'a'"), S("a", "'a'")], ok("a|a|    a")),
        ("%0-5d|", &[I("3")], ok("3    |")),
        ("%.*s|%.*s|", &[I("2"), S("abc", "'abc'"), I("-1"), S("abc", "'abc'")], ok("ab||")),
        ("%d", &[], typ("not enough arguments for format string")),
        ("%d", &[I("1"), I("2")], typ("not all arguments converted during string formatting")),
        ("x", &[I("1")], typ("not all arguments converted during string formatting")),
        ("%d %d", &[I("1")], typ("not enough arguments for format string")),
        ("%5%", &[], typ("not enough arguments for format string")),
        ("%5%", &[I("1")], val("unsupported format character '%' (0x25) at index 2")),
        ("%", &[], val("incomplete format")),
        ("abc %", &[I("1")], val("incomplete format")),
        ("%5", &[I("1")], val("incomplete format")),
        ("%.", &[], val("incomplete format")),
        ("%(a)s", &[I("1")], typ("format requires a mapping")),
        ("%d", &[S("s", "'s'")], typ("%d format: a real number is required, not str")),
        ("%i", &[S("s", "'s'")], typ("%i format: a real number is required, not str")),
        ("%x", &[S("s", "'s'")], typ("%x format: an integer is required, not str")),
        ("%x", &[F(1.5)], typ("%x format: an integer is required, not float")),
        ("%o", &[F(1.5)], typ("%o format: an integer is required, not float")),
        ("%f", &[S("s", "'s'")], typ("must be real number, not str")),
        ("%g", &[S("s", "'s'")], typ("must be real number, not str")),
        ("%c", &[S("ab", "'ab'")], typ("%c requires int or char")),
        ("%c", &[F(1.5)], typ("%c requires int or char")),
        ("%c", &[S("", "''")], typ("%c requires int or char")),
        ("%c", &[I("-1")], ovf("%c arg not in range(0x110000)")),
        ("%c", &[I("1114112")], ovf("%c arg not in range(0x110000)")),
        ("%q", &[I("1")], val("unsupported format character 'q' (0x71) at index 1")),
        ("%é", &[I("1")], val("unsupported format character '?' (0xe9) at index 1")),
        ("%\u{1f}", &[I("1")], val("unsupported format character '\u{1f}' (0x1f) at index 1")),
        ("%5.2q", &[I("1")], val("unsupported format character 'q' (0x71) at index 4")),
        ("%lld", &[I("1")], val("unsupported format character 'l' (0x6c) at index 2")),
        ("%q", &[], typ("not enough arguments for format string")),
        ("%q %s", &[S("a", "'a'")], val("unsupported format character 'q' (0x71) at index 1")),
        ("%s %q", &[S("a", "'a'")], typ("not enough arguments for format string")),
        ("%d %s", &[S("x", "'x'"), S("y", "'y'")], typ("%d format: a real number is required, not str")),
        ("%d", &[F(f64::INFINITY)], ovf("cannot convert float infinity to integer")),
        ("%d", &[F(f64::NAN)], val("cannot convert float NaN to integer")),
        ("%*d", &[F(1.5), I("3")], typ("* wants int")),
        ("%*d", &[S("a", "'a'"), I("3")], typ("* wants int")),
        ("%.*f", &[S("a", "'a'"), F(3.0)], typ("* wants int")),
        ("%*d", &[I("5")], typ("not enough arguments for format string")),
        (
            "%e",
            &[I(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            )],
            ovf("int too large to convert to float"),
        ),
        ("%*d|", &[I("1000000000000000000000000000000"), I("3")], ovf("Python int too large to convert to C ssize_t")),
        ("%.*d|", &[I("1000000000000000000000000000000"), I("3")], ovf("Python int too large to convert to C int")),
        ("%99999999999999999999d", &[I("1")], val("width too big")),
        ("%.99999999999999999999d", &[I("1")], val("precision too big")),
        ("%.2147483648f", &[F(1.0)], val("precision too big")),
    ];
    for (fmt, args, want) in cases {
        assert_eq!(run_percent(fmt, args), want, "{fmt:?} % ...");
    }
}

#[test]
fn parse_spec_fields() {
    let s = parse_spec("*^+z#012,.3f").expect("valid spec");
    assert_eq!(
        s,
        FormatSpec {
            fill: '*',
            align: Some('^'),
            sign: Some('+'),
            no_neg_zero: true,
            alternate: true,
            zero: false,
            width: Some(12),
            grouping: Some(','),
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let s = parse_spec("010_").expect("valid spec");
    assert_eq!((s.fill, s.align, s.zero, s.width, s.grouping), ('0', None, true, Some(10), Some('_')));
    let s = parse_spec("<05").expect("valid spec");
    assert_eq!((s.fill, s.align, s.zero, s.width), ('0', Some('<'), true, Some(5)));
    let s = parse_spec("").expect("empty spec");
    assert_eq!((s.fill, s.align, s.width, s.precision, s.ty), (' ', None, None, None, None));
    let s = parse_spec("\u{0665}.\u{0663}").expect("unicode digits");
    assert_eq!((s.width, s.precision), (Some(5), Some(3)));
    assert_eq!(parse_spec("_,"), val("Cannot specify both ',' and '_'."));
    assert_eq!(parse_spec(",s"), val("Cannot specify ',' with 's'."));
    assert_eq!(parse_spec(".x"), val("Format specifier missing precision"));
    assert_eq!(parse_spec("99999999999999999999"), val("Too many decimal digits in format string"));
}

#[test]
fn huge_requests_are_refused_not_allocated() {
    assert_eq!(format_str("a", "1000000000"), Err(FormatError::Memory));
    assert_eq!(format_i64(1, "1000000000"), Err(FormatError::Memory));
    assert_eq!(format_float(1.0, ".1000000000f"), Err(FormatError::Memory));
    assert_eq!(percent_format("%.*f", &[PercentArg::Int(&BigInt::from(i32::MAX)), PercentArg::Float(1.0)]), Err(FormatError::Memory));
    // Large but harmless precisions work, as in CPython.
    assert_eq!(format_float(1.0, ".1000000000g"), ok("1"));
    assert_eq!(format_float(0.1, ".300000000"), ok("0.1000000000000000055511151231257827021181583404541015625"));
    let s = format_float(0.1, ".2000f").expect("2000 digits");
    assert_eq!((s.len(), &s[s.len() - 5..]), (2002, "00000"));
    let s = format_float(0.1, "#.5000g").expect("5000 digits");
    assert_eq!(s.len(), 5002);
    let s = format_float(5e-324, ".1100e").expect("1100 digits");
    assert!(s.starts_with("4.9406564584124654417656879286822137236505980261"));
    assert!(s.ends_with("00000e-324"));
}

#[test]
fn no_panics_on_arbitrary_specs() {
    // Every spec over a small alphabet, up to length 4, for every formatter.
    let alphabet: Vec<char> = "<>=^+- z#0159,_.esdxcn%%\u{0665}\u{1F600}".chars().collect();
    let big_value = big("-123456789012345678901234567890");
    let mut specs = vec![String::new()];
    let mut frontier = vec![String::new()];
    for _ in 0..4 {
        let mut next = Vec::new();
        for s in &frontier {
            for &c in &alphabet {
                let mut t = s.clone();
                t.push(c);
                next.push(t);
            }
        }
        specs.extend(next.iter().cloned());
        frontier = next;
    }
    for spec in &specs {
        let _ = parse_spec(spec);
        let _ = format_str("h\u{e9}llo", spec);
        let _ = format_i64(i64::MIN, spec);
        let _ = format_int(&big_value, spec);
        for v in [-0.0, 1.5e300, f64::NAN, f64::NEG_INFINITY, 5e-324] {
            let _ = format_float(v, spec);
        }
        let fmt = format!("%{spec}");
        let one = BigInt::from(1);
        for arg in [PercentArg::Int(&one), PercentArg::Float(-2.5), PercentArg::Str("\u{1F600}", "'\u{1F600}'")] {
            let _ = percent_format(&fmt, &[arg, arg, arg]);
        }
    }
}
