//! A small JSON reader for the API's answers, behind serde's `Deserialize`.
//!
//! The widget only ever needs to know whether an answer could be read, never why not: its
//! error carries no message, so none of serde's error sentences (and the formatting and
//! float printing they bring) end up in the wasm. It reads the answer's text in Rust
//! rather than walking the browser's parsed objects field by field (serde-wasm-bindgen),
//! which kept a call into JavaScript per field and a large reader per type: the compare
//! module's first load was 20 KB (gzip) heavier with it. Strings without escapes are
//! borrowed from the text; numbers with a fraction or exponent are read by the browser
//! (`parseFloat`), so no float parser is compiled in.

use serde::de::{self, DeserializeSeed, Visitor};

/// The text could not be read as the type asked for.
pub struct Fail;

impl std::fmt::Debug for Fail {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

impl std::fmt::Display for Fail {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

impl std::error::Error for Fail {}

// Every constructor is overridden, so that none formats its arguments.
impl de::Error for Fail {
    fn custom<T: std::fmt::Display>(_: T) -> Fail {
        Fail
    }
    fn invalid_type(_: de::Unexpected<'_>, _: &dyn de::Expected) -> Fail {
        Fail
    }
    fn invalid_value(_: de::Unexpected<'_>, _: &dyn de::Expected) -> Fail {
        Fail
    }
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Fail {
        Fail
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Fail {
        Fail
    }
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Fail {
        Fail
    }
    fn missing_field(_: &'static str) -> Fail {
        Fail
    }
    fn duplicate_field(_: &'static str) -> Fail {
        Fail
    }
}

type Result<T> = std::result::Result<T, Fail>;

/// Reads `text` (one JSON value, with nothing after it but whitespace) as a `T`.
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> Result<T> {
    let mut reader = Reader {
        text: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut reader)?;
    if reader.peek() == 0 {
        Ok(value)
    } else {
        Err(Fail)
    }
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    /// Arrays and objects open around the reading point.
    depth: u32,
}

/// How deeply arrays and objects may nest (as serde_json's limit): deeper text fails
/// instead of exhausting the stack.
const MAX_DEPTH: u32 = 128;

/// A string as read: borrowed from the text when it has no escapes.
enum Text<'a> {
    Borrowed(&'a str),
    Owned(String),
}

/// A number as read.
enum Number {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

// The reading itself is not generic, so it is compiled once, not once per type read.
impl<'a> Reader<'a> {
    /// The next byte that is not whitespace (0 at the end), without taking it.
    fn peek(&mut self) -> u8 {
        while let Some(&b) = self.text.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return b;
            }
            self.at += 1;
        }
        0
    }

    /// Takes `byte` (after whitespace), or fails.
    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek() == byte {
            self.at += 1;
            Ok(())
        } else {
            Err(Fail)
        }
    }

    /// Takes the bracket that opens an array or object.
    fn enter(&mut self, open: u8) -> Result<()> {
        self.expect(open)?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(Fail)
        } else {
            Ok(())
        }
    }

    /// Takes `word` (`null`, `true`, `false`) where it starts here.
    fn word(&mut self, word: &[u8]) -> Result<()> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(Fail)
        }
    }

    /// Takes `null` if it comes next.
    fn null(&mut self) -> Result<bool> {
        if self.peek() == b'n' {
            self.word(b"null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn bool(&mut self) -> Result<bool> {
        match self.peek() {
            b't' => self.word(b"true").map(|_| true),
            b'f' => self.word(b"false").map(|_| false),
            _ => Err(Fail),
        }
    }

    /// Before each item of an array or object: true if there is one, false at `end` (the
    /// closing bracket, then taken). `first` says whether an item was read yet.
    fn more(&mut self, first: &mut bool, end: u8) -> Result<bool> {
        let b = self.peek();
        if b == end {
            self.at += 1;
            self.depth -= 1;
            return Ok(false);
        }
        if !std::mem::take(first) {
            if b != b',' {
                return Err(Fail);
            }
            self.at += 1;
        }
        Ok(true)
    }

    fn string(&mut self) -> Result<Text<'a>> {
        self.expect(b'"')?;
        let text: &'a [u8] = self.text;
        let start = self.at;
        let mut owned: Option<Vec<u8>> = None;
        let mut run = start;
        loop {
            let b = *text.get(self.at).ok_or(Fail)?;
            match b {
                b'"' => {
                    let bytes = &text[run..self.at];
                    self.at += 1;
                    // The text is a &str and runs end at ASCII bytes, so this holds.
                    return match owned {
                        None => std::str::from_utf8(bytes)
                            .map(Text::Borrowed)
                            .map_err(|_| Fail),
                        Some(mut v) => {
                            v.extend_from_slice(bytes);
                            String::from_utf8(v).map(Text::Owned).map_err(|_| Fail)
                        }
                    };
                }
                b'\\' => {
                    let v = owned.get_or_insert_with(Vec::new);
                    v.extend_from_slice(&text[run..self.at]);
                    let e = *text.get(self.at + 1).ok_or(Fail)?;
                    self.at += 2;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                // A surrogate pair: `\uD83D\uDE00`.
                                if text.get(self.at..self.at + 2) != Some(b"\\u") {
                                    return Err(Fail);
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(Fail);
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            char::from_u32(code).ok_or(Fail)?
                        }
                        _ => return Err(Fail),
                    };
                    let mut buf = [0u8; 4];
                    v.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    run = self.at;
                }
                0..=0x1f => return Err(Fail),
                _ => self.at += 1,
            }
        }
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self.text.get(self.at..self.at + 4).ok_or(Fail)?;
        self.at += 4;
        digits.iter().try_fold(0u32, |n, &d| {
            let v = (d as char).to_digit(16).ok_or(Fail)?;
            Ok(n * 16 + v)
        })
    }

    fn number(&mut self) -> Result<Number> {
        self.peek();
        let start = self.at;
        let negative = self.text.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let mut whole = true;
        let mut n: u64 = 0;
        let mut digits = 0;
        while let Some(&b) = self.text.get(self.at) {
            match b {
                b'0'..=b'9' => {
                    digits += 1;
                    match n
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(u64::from(b - b'0')))
                    {
                        Some(next) => n = next,
                        None => whole = false,
                    }
                }
                b'.' | b'e' | b'E' | b'+' | b'-' => whole = false,
                _ => break,
            }
            self.at += 1;
        }
        if digits == 0 {
            return Err(Fail);
        }
        if whole && !negative {
            return Ok(Number::Unsigned(n));
        }
        if whole {
            if let Some(v) = 0i64.checked_sub_unsigned(n) {
                return Ok(Number::Signed(v));
            }
        }
        // The browser reads the rest (a fraction, an exponent, a huge whole number).
        let text = std::str::from_utf8(&self.text[start..self.at]).map_err(|_| Fail)?;
        #[cfg(target_family = "wasm")]
        let v = js_sys::parse_float(text);
        #[cfg(not(target_family = "wasm"))]
        let v: f64 = text.parse().map_err(|_| Fail)?;
        if v.is_finite() {
            Ok(Number::Float(v))
        } else {
            Err(Fail)
        }
    }

    /// Skips one value of any kind.
    fn skip(&mut self) -> Result<()> {
        match self.peek() {
            b'n' => self.word(b"null"),
            b't' | b'f' => self.bool().map(|_| ()),
            b'"' => self.string().map(|_| ()),
            open @ (b'[' | b'{') => {
                self.enter(open)?;
                let close = open + 2;
                let mut first = true;
                while self.more(&mut first, close)? {
                    if open == b'{' {
                        self.string()?;
                        self.expect(b':')?;
                    }
                    self.skip()?;
                }
                Ok(())
            }
            _ => self.number().map(|_| ()),
        }
    }
}

fn visit_text<'de, V: Visitor<'de>>(text: Text<'de>, visitor: V) -> Result<V::Value> {
    match text {
        Text::Borrowed(s) => visitor.visit_borrowed_str(s),
        Text::Owned(s) => visitor.visit_string(s),
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Fail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek() {
            b'n' => {
                self.word(b"null")?;
                visitor.visit_unit()
            }
            b't' | b'f' => visitor.visit_bool(self.bool()?),
            b'"' => visit_text(self.string()?, visitor),
            b'[' => self.deserialize_seq(visitor),
            b'{' => self.deserialize_map(visitor),
            _ => match self.number()? {
                Number::Unsigned(n) => visitor.visit_u64(n),
                Number::Signed(n) => visitor.visit_i64(n),
                Number::Float(n) => visitor.visit_f64(n),
            },
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visit_text(self.string()?, visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_bool(self.bool()?)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.number()? {
            Number::Unsigned(n) => visitor.visit_u64(n),
            _ => Err(Fail),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.number()? {
            Number::Unsigned(n) => visitor.visit_i64(i64::try_from(n).map_err(|_| Fail)?),
            Number::Signed(n) => visitor.visit_i64(n),
            Number::Float(_) => Err(Fail),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(match self.number()? {
            Number::Unsigned(n) => n as f64,
            Number::Signed(n) => n as f64,
            Number::Float(n) => n,
        })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.null()? {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.word_null()?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.enter(b'[')?;
        let mut items = Items {
            reader: self,
            first: true,
            open: true,
        };
        let value = visitor.visit_seq(&mut items)?;
        items.end(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.enter(b'{')?;
        let mut items = Items {
            reader: self,
            first: true,
            open: true,
        };
        let value = visitor.visit_map(&mut items)?;
        items.end(b'}')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        if self.peek() == b'"' {
            // A unit variant: its name.
            return match self.string()? {
                Text::Borrowed(s) => {
                    visitor.visit_enum(de::value::BorrowedStrDeserializer::<Fail>::new(s))
                }
                Text::Owned(s) => visitor.visit_enum(de::value::StringDeserializer::<Fail>::new(s)),
            };
        }
        // `{"variant": value}`.
        self.enter(b'{')?;
        let value = visitor.visit_enum(&mut *self)?;
        self.expect(b'}')?;
        self.depth -= 1;
        Ok(value)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip()?;
        visitor.visit_unit()
    }
}

impl Reader<'_> {
    fn word_null(&mut self) -> Result<()> {
        if self.null()? {
            Ok(())
        } else {
            Err(Fail)
        }
    }
}

/// The items of an array, or the entries of an object, being read.
struct Items<'r, 'de> {
    reader: &'r mut Reader<'de>,
    first: bool,
    /// Until the closing bracket is taken.
    open: bool,
}

impl Items<'_, '_> {
    /// True if another item comes before `close` (which is taken when reached).
    fn next(&mut self, close: u8) -> Result<bool> {
        self.open = self.open && self.reader.more(&mut self.first, close)?;
        Ok(self.open)
    }

    /// After the visitor: takes the closing bracket, which a visitor that reads a fixed
    /// number of items (a tuple) leaves, and fails if items remain.
    fn end(&mut self, close: u8) -> Result<()> {
        if self.next(close)? {
            Err(Fail)
        } else {
            Ok(())
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Fail;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.next(b']')? {
            seed.deserialize(&mut *self.reader).map(Some)
        } else {
            Ok(None)
        }
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Fail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.next(b'}')? {
            seed.deserialize(&mut *self.reader).map(Some)
        } else {
            Ok(None)
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.reader.expect(b':')?;
        seed.deserialize(&mut *self.reader)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = Fail;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let variant = seed.deserialize(&mut *self)?;
        self.expect(b':')?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = Fail;

    fn unit_variant(self) -> Result<()> {
        self.word_null()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Serialize};

    use super::from_str;

    /// The widget reads a language's catalogue with this reader (`/widget/words/ar.json`).
    #[test]
    fn a_catalogue_reads_back_as_the_server_wrote_it() {
        use atlas_shared::words::{Lang, Words};
        let english = Words::english();
        let text = serde_json::to_string(english).unwrap();
        let back: Words = from_str(&text).expect("a catalogue");
        assert_eq!(&back, english);
        let arabic =
            serde_json::json!({"l": "Arabic", "m": [["count-questions", "x\u{1}count\u{2}"]]});
        let back: Words = from_str(&arabic.to_string()).expect("a catalogue");
        assert_eq!(back.lang(), Lang::Arabic);
        assert_eq!(
            back.f("count-questions", &[("count", 3u64.into())]),
            "x\u{2068}3\u{2069}"
        );
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
        Wrapped(u8),
        Shaped { a: i64, b: Option<String> },
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(tag = "role", rename_all = "snake_case")]
    enum Tagged {
        One { n: u32 },
        Two,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Inner {
        x: u64,
        y: f32,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Outer {
        text: String,
        #[serde(rename = "move")]
        moving: Vec<Kind>,
        #[serde(default)]
        missing: Option<u8>,
        nothing: Option<Inner>,
        signed: i64,
        #[serde(flatten)]
        inner: Inner,
        tagged: Vec<Tagged>,
        map: BTreeMap<String, bool>,
        unit: (),
        tuple: (u8, String),
    }

    fn sample() -> Outer {
        Outer {
            text: "\"quoted\" \\ / \u{8}\u{c}\n\r\t é 😀 \u{1}".to_string(),
            moving: vec![
                Kind::Plain,
                Kind::Wrapped(7),
                Kind::Shaped {
                    a: -12,
                    b: Some("b".into()),
                },
            ],
            missing: None,
            nothing: None,
            signed: i64::MIN,
            inner: Inner {
                x: u64::MAX,
                y: 1.5e-3,
            },
            tagged: vec![Tagged::One { n: 3 }, Tagged::Two],
            map: [("a".to_string(), true), ("b".to_string(), false)].into(),
            unit: (),
            tuple: (255, "t".into()),
        }
    }

    #[test]
    fn reads_what_serde_json_writes() {
        let value = sample();
        let text = serde_json::to_string(&value).unwrap();
        assert_eq!(from_str::<Outer>(&text).ok(), Some(value));
        let pretty = serde_json::to_string_pretty(&sample()).unwrap();
        assert_eq!(from_str::<Outer>(&pretty).ok(), Some(sample()));
    }

    #[test]
    fn reads_escapes_as_serde_json_does() {
        let text = r#""a\u00e9\ud83d\ude00\/\"\\\n""#;
        assert_eq!(
            from_str::<String>(text).ok(),
            serde_json::from_str::<String>(text).ok()
        );
        assert_eq!(from_str::<&str>(r#""plain""#).ok(), Some("plain"));
    }

    #[test]
    fn skips_fields_it_does_not_know() {
        #[derive(Debug, PartialEq, Deserialize)]
        struct Few {
            b: u8,
        }
        let text = r#"{"a": {"x": [1, -2.5e3, "s\"]", null, true, false, {}]}, "b": 4, "c": []}"#;
        assert_eq!(from_str::<Few>(text).ok(), Some(Few { b: 4 }));
    }

    #[test]
    fn fails_on_what_is_not_json_or_not_the_type() {
        for bad in [
            "",
            "{",
            r#"{"b": 4"#,
            r#"{"b": 4,}"#,
            r#"{"b" 4}"#,
            r#"{"b": 4} x"#,
            r#"{"b": 256}"#,
            r#"{"b": -1}"#,
            r#"{"b": 1.5}"#,
            r#"{"b": "4"}"#,
            r#"{"b": nul}"#,
            r#"{"b": 4, "s": "\x"}"#,
            r#"{"b": 4, "s": "\ud83d"}"#,
            "{\"b\": 4, \"s\": \"a\nb\"}",
        ] {
            #[derive(Debug, Deserialize)]
            #[allow(dead_code)]
            struct Few {
                b: u8,
                #[serde(default)]
                s: String,
            }
            assert!(from_str::<Few>(bad).is_err(), "{bad}");
        }
        assert!(from_str::<(u8, String)>(r#"[1, "x", 3]"#).is_err());
        // Nesting deeper than 128 fails rather than exhausting the stack, read or skipped.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(from_str::<serde::de::IgnoredAny>(&deep).is_err());
        assert!(from_str::<Vec<serde::de::IgnoredAny>>(&deep).is_err());
        let fine = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(from_str::<serde::de::IgnoredAny>(&fine).is_ok());
        assert!(from_str::<(u8, String)>(r#"[1]"#).is_err());
        assert_eq!(
            from_str::<(u8, String)>(r#"[1, "x"]"#).ok(),
            Some((1, "x".into()))
        );
    }
}
