// auth/: who a client is. Password secrets (SCRAM-SHA-256 verifiers and MD5
// hashes, never plaintext), the server side of the SCRAM exchange, and the
// pg_hba.conf-style rules that pick an authentication method per connection.
// net/ runs the handshake with these; sql/ hashes passwords for CREATE/ALTER
// ROLE. Design: docs/auth.md.
//
// Map of the module:
//   password.h  secrets: parse/format/compute, encrypt_password, verification
//   scram.h     ScramExchange: one server-side SCRAM-SHA-256 exchange
//   hba.h       HbaRules: parse the rules file, match a connection
//
// Thread-safety: see each header; all are safe for concurrent use of
// distinct objects, and HbaRules is immutable.
#pragma once

#include "auth/hba.h"
#include "auth/password.h"
#include "auth/scram.h"
