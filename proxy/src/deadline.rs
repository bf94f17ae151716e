//! Bounded writes: a stream whose writes fail once they have made no progress
//! for a while, so a peer that stops reading cannot hold a task forever.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// Wraps a stream: a write, flush or shutdown that stays pending for `limit`
/// fails with [`io::ErrorKind::TimedOut`], and so does every write after it
/// (the peer is gone as far as this stream is concerned). Reads pass through.
#[derive(Debug)]
pub struct WriteDeadline<S> {
    inner: S,
    limit: Duration,
    /// Made on the first write that has to wait, then reset.
    timer: Option<Pin<Box<Sleep>>>,
    /// Whether the timer runs for the write now pending.
    armed: bool,
    expired: bool,
}

impl<S> WriteDeadline<S> {
    /// Writes to `inner` fail after `limit` without progress.
    pub fn new(inner: S, limit: Duration) -> Self {
        WriteDeadline {
            inner,
            limit,
            timer: None,
            armed: false,
            expired: false,
        }
    }

    /// Changes the limit for writes from now on.
    pub fn set_limit(&mut self, limit: Duration) {
        self.limit = limit;
    }

    /// The wrapped stream.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// Whether a write has timed out.
    pub fn expired(&self) -> bool {
        self.expired
    }

    fn stalled() -> io::Error {
        io::Error::new(io::ErrorKind::TimedOut, "the peer stopped reading")
    }

    /// Passes a finished write through, or runs the timer while it waits.
    fn guard<T>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        match poll {
            Poll::Ready(result) => {
                self.armed = false;
                Poll::Ready(result)
            }
            Poll::Pending => {
                let deadline = Instant::now() + self.limit;
                let timer = self
                    .timer
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
                if !self.armed {
                    timer.as_mut().reset(deadline);
                }
                self.armed = true;
                match timer.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        self.expired = true;
                        Poll::Ready(Err(Self::stalled()))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for WriteDeadline<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for WriteDeadline<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.expired {
            return Poll::Ready(Err(Self::stalled()));
        }
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.guard(cx, poll)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.expired {
            return Poll::Ready(Err(Self::stalled()));
        }
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.guard(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.expired {
            return Poll::Ready(Err(Self::stalled()));
        }
        let poll = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.guard(cx, poll)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn a_reader_that_stops_fails_the_writer_in_time() {
        let (near, mut far) = tokio::io::duplex(1024);
        let mut writer = WriteDeadline::new(near, Duration::from_millis(200));
        // While the far end reads, writes go through.
        writer.write_all(&[1; 1000]).await.unwrap();
        let mut buf = [0; 1000];
        far.read_exact(&mut buf).await.unwrap();
        writer.write_all(&[2; 1000]).await.unwrap();
        // Now it stops reading: the buffer fills and the write fails.
        let started = std::time::Instant::now();
        let error = writer.write_all(&[3; 10_000]).await.unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(writer.expired());
        assert!(writer.write_all(b"x").await.is_err(), "and stays failed");
    }

    #[tokio::test]
    async fn slow_progress_is_not_a_stall() {
        let (near, mut far) = tokio::io::duplex(64);
        let mut writer = WriteDeadline::new(near, Duration::from_millis(300));
        let reader = tokio::spawn(async move {
            let mut total = 0;
            let mut buf = [0; 64];
            while total < 1024 {
                tokio::time::sleep(Duration::from_millis(20)).await;
                total += far.read(&mut buf).await.unwrap();
            }
        });
        // 16 buffers' worth, each drained within the limit: about 320 ms in all.
        writer.write_all(&[7; 1024]).await.unwrap();
        reader.await.unwrap();
    }
}
