fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match tikitaka::syntax::parse_file(&src) {
        Ok(stmts) => println!("{} statements", stmts.len()),
        Err(e) => eprint!("{}", e.render(&src, &path)),
    }
}
