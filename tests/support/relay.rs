//! A real SMTP server for the mail tests: Debian's `aiosmtpd` (python3-aiosmtpd), which
//! keeps every message it receives in a Maildir that the tests read back.

use std::net::{TcpListener, TcpStream};

use mailparse::MailHeaderMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A message as it arrived.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub struct Relay {
    child: Child,
    pub port: u16,
    dir: PathBuf,
}

/// A port nothing listens on at the moment.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The `serve` options that send mail through a relay on `port` of this machine.
pub fn serve_options(port: u16) -> Vec<String> {
    [
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        &port.to_string(),
        "--smtp-tls",
        "none",
        "--mail-from",
        "Offer Atlas <atlas@region.example>",
        "--public-url",
        "https://atlas.region.example/",
    ]
    .map(String::from)
    .to_vec()
}

impl Relay {
    pub fn start() -> Relay {
        Relay::start_on(free_port())
    }

    /// Starts on `port` and waits until it answers.
    pub fn start_on(port: u16) -> Relay {
        // The Maildir handler makes the folder (with its tmp, new and cur) itself.
        let dir = super::temp_dir().join("maildir");
        // Debian's python3 has the package; a python3 earlier on PATH may not.
        let python = ["/usr/bin/python3", "python3"]
            .into_iter()
            .find(|p| !p.starts_with('/') || std::path::Path::new(p).exists())
            .unwrap_or("python3");
        let child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start aiosmtpd (Debian: apt-get install python3-aiosmtpd)");
        let relay = Relay { child, port, dir };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "the SMTP server did not start on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        relay
    }

    /// Every message received so far.
    pub fn received(&self) -> Vec<Received> {
        let mut all = Vec::new();
        for folder in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.dir.join(folder)) else {
                continue;
            };
            for entry in entries.flatten() {
                let bytes = std::fs::read(entry.path()).expect("a message");
                let mail = mailparse::parse_mail(&bytes).expect("a well-formed message");
                let header = |name: &str| mail.headers.get_first_value(name).unwrap_or_default();
                all.push(Received {
                    from: header("From"),
                    to: header("To"),
                    subject: header("Subject"),
                    body: mail.get_body().expect("a readable body"),
                });
            }
        }
        all
    }

    /// The first message `wanted` accepts, waiting up to `seconds` for it.
    pub fn wait_for(&self, seconds: u64, wanted: impl Fn(&Received) -> bool) -> Received {
        let started = Instant::now();
        loop {
            if let Some(found) = self.received().into_iter().find(|m| wanted(m)) {
                return found;
            }
            assert!(
                started.elapsed() < Duration::from_secs(seconds),
                "no such message in {seconds} s; received: {:#?}",
                self.received()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
