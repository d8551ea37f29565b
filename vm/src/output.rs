//! Owns the VM's buffered stdout/stderr. stdout is flushed before anything is
//! written to stderr, before a goroutine blocks or sleeps, and at exit, so the
//! two streams interleave at line level as Go's unbuffered writes would.
//! Must not know what is being printed.

use std::io::Write;

pub struct Output {
    stdout_buf: Vec<u8>,
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
}

impl Output {
    pub fn new(stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Output {
        Output { stdout_buf: Vec::with_capacity(8192), stdout, stderr }
    }
    /// The process's stdout and stderr.
    pub fn stdio() -> Output {
        Output::new(Box::new(std::io::stdout()), Box::new(std::io::stderr()))
    }
    pub fn write_stdout(&mut self, bytes: &[u8]) {
        self.stdout_buf.extend_from_slice(bytes);
        if self.stdout_buf.len() >= 1 << 16 {
            self.flush_stdout();
        }
    }
    pub fn write_stderr(&mut self, bytes: &[u8]) {
        self.flush_stdout();
        let _ = self.stderr.write_all(bytes);
        let _ = self.stderr.flush();
    }
    pub fn flush_stdout(&mut self) {
        if !self.stdout_buf.is_empty() {
            let _ = self.stdout.write_all(&self.stdout_buf);
            self.stdout_buf.clear();
        }
        let _ = self.stdout.flush();
    }
    pub fn flush(&mut self) {
        self.flush_stdout();
        let _ = self.stderr.flush();
    }
}

/// A `Write` sink that appends to a shared buffer (for tests and embedding).
#[derive(Clone, Default)]
pub struct SharedBuf(pub std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl SharedBuf {
    pub fn contents(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
