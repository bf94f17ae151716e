//! A wrapper that keeps passwords, digests and SASL responses out of logs.

use std::fmt;

/// What a masked secret prints as.
pub const MASK: &str = "********";

/// A value that must not appear in `Debug` output, transcripts or exports unless
/// the user explicitly asks for it with [`Secret::expose`].
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The wrapped value. Every call site is a place where the secret can leak, so
    /// keep them few and obvious.
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// Unwraps the value.
    pub fn into_exposed(self) -> T {
        self.0
    }
}

impl<T> From<T> for Secret<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret<String> {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({MASK})")
    }
}

impl<T> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl<T> serde::Serialize for Secret<T> {
    /// Serializes as the mask: exports carry secrets only when the exporter
    /// exposes them on purpose.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_are_masked() {
        let secret = Secret::new(String::from("tanstaaf"));
        assert_eq!(format!("{secret:?}"), "Secret(********)");
        assert_eq!(format!("{secret}"), MASK);
        assert!(!format!("{:?}", Some(&secret)).contains("tanstaaf"));
        assert_eq!(secret.expose(), "tanstaaf");
    }

    #[test]
    fn serializes_as_mask() {
        let secret = Secret::new("hunter2");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"********\"");
    }
}
