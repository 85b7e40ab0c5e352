// Functions that read or act on the session a statement runs in:
// current_setting, set_config, current_schema, pg_backend_pid,
// pg_cancel_backend, pg_terminate_backend, txid_current, pg_sleep, the
// advisory lock functions.
// They reach the session through ExecContext::session (exec::SessionAccess,
// implemented by sql/); see docs/settings.md.
#include <chrono>
#include <cmath>
#include <thread>

#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "types/reg_types.h"

namespace augur::exec::internal {

namespace t = types;

namespace {

Result<SessionAccess*> Session(const KernelCall& c, std::string_view function) {
  if (c.context == nullptr || c.context->session == nullptr) {
    return Status::Internal(std::string(function) + "() called without a session");
  }
  return c.context->session;
}

Status CurrentSettingKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "current_setting"));
  const auto* names = c.inputs[0]->values<std::string_view>();
  return ForEachRow(c, [&](uint32_t i) -> Status {
    bool missing_ok = c.inputs.size() > 1 && c.inputs[1]->values<bool>()[i];
    ASSIGN_OR_RETURN(std::optional<std::string> value, session->GetSetting(names[i], missing_ok));
    SetTextOrNull(c, i, value);
    return Status::Ok();
  });
}

// set_config(name, value, is_local) is not strict: a NULL value resets, a
// NULL is_local means false, a NULL name is an error.
Status SetConfigKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "set_config"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    if (c.inputs[0]->IsNull(i)) {
      return Status::Error(sqlstate::kNullValueNotAllowed, "SET requires parameter name");
    }
    std::string_view name = c.inputs[0]->values<std::string_view>()[i];
    std::optional<std::string_view> value;
    if (!c.inputs[1]->IsNull(i)) value = c.inputs[1]->values<std::string_view>()[i];
    bool is_local = !c.inputs[2]->IsNull(i) && c.inputs[2]->values<bool>()[i];
    ASSIGN_OR_RETURN(std::string shown, session->SetSetting(name, value, is_local));
    c.result->SetString(i, shown);
    return Status::Ok();
  });
}

Status CurrentSchemaKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "current_schema"));
  std::optional<std::string> schema = session->CurrentSchema();
  return ForEachRow(c, [&](uint32_t i) { SetTextOrNull(c, i, schema); });
}

Status RelationIsUpdatableKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "pg_relation_is_updatable"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    const uint32_t oid = c.inputs[0]->values<uint32_t>()[i];
    ASSIGN_OR_RETURN(int32_t events, session->RelationUpdatableEvents(oid));
    c.result->values<int32_t>()[i] = events;
    return Status::Ok();
  });
}

Status BackendPidKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "pg_backend_pid"));
  int32_t pid = session->BackendPid();
  SetEveryRow(c, pid);
  return Status::Ok();
}

template <bool kTerminate>
Status SignalBackendKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, kTerminate ? "pg_terminate_backend" : "pg_cancel_backend"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    if constexpr (kTerminate) {
      if (c.inputs.size() > 1 && c.inputs[1]->values<int64_t>()[i] < 0) {
        return Status::Error(sqlstate::kInvalidParameterValue, "\"timeout\" must not be negative");
      }
    }
    ASSIGN_OR_RETURN(bool found, session->SignalBackend(c.inputs[0]->values<int32_t>()[i], kTerminate));
    c.result->values<bool>()[i] = found;
    c.result->SetValid(i);
    return Status::Ok();
  });
}

Status TxidCurrentKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "txid_current"));
  ASSIGN_OR_RETURN(int64_t id, session->CurrentTransactionId());
  SetEveryRow(c, id);
  return Status::Ok();
}

// pg_sleep(seconds): sleeps in short slices so cancel and statement_timeout
// end it promptly (57014).
Status SleepKernel(const KernelCall& c) {
  return ForEachRow(c, [&](uint32_t i) -> Status {
    double seconds = c.inputs[0]->values<double>()[i];
    auto end = std::chrono::steady_clock::now();
    if (seconds > 0 && std::isfinite(seconds)) {
      end += std::chrono::microseconds(static_cast<int64_t>(std::min(seconds, 1e9) * 1e6));
    }
    for (;;) {
      if (c.context != nullptr) RETURN_IF_ERROR(c.context->CheckCancel());
      auto now = std::chrono::steady_clock::now();
      if (now >= end) break;
      std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(end - now, std::chrono::milliseconds(10)));
    }
    c.result->SetValid(i);  // void: prints as an empty string
    return Status::Ok();
  });
}

// pg_advisory_lock and family: the key is an int8, or two int4s (their own
// key space), packed into one int64.
int64_t AdvisoryKey(const KernelCall& c, uint32_t row, bool pair) {
  if (!pair) return c.inputs[0]->values<int64_t>()[row];
  uint32_t high = static_cast<uint32_t>(c.inputs[0]->values<int32_t>()[row]);
  uint32_t low = static_cast<uint32_t>(c.inputs[1]->values<int32_t>()[row]);
  return static_cast<int64_t>((static_cast<uint64_t>(high) << 32) | low);
}

template <bool kShared, bool kXact, bool kWait>
Status AdvisoryLockKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "pg_advisory_lock"));
  const bool pair = c.inputs.size() == 2;
  return ForEachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(bool locked,
                     session->AdvisoryLock(AdvisoryKey(c, i, pair), pair, kShared, kXact, kWait, c.context));
    if (kWait) {
      c.result->SetValid(i);  // void
    } else {
      c.result->values<bool>()[i] = locked;
      c.result->SetValid(i);
    }
    return Status::Ok();
  });
}

template <bool kShared>
Status AdvisoryUnlockKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "pg_advisory_unlock"));
  const bool pair = c.inputs.size() == 2;
  return ForEachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(bool released, session->AdvisoryUnlock(AdvisoryKey(c, i, pair), pair, kShared));
    c.result->values<bool>()[i] = released;
    c.result->SetValid(i);
    return Status::Ok();
  });
}

Status AdvisoryUnlockAllKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "pg_advisory_unlock_all"));
  session->AdvisoryUnlockAll();
  return ForEachRow(c, [&](uint32_t i) { c.result->SetValid(i); });
}

Status NotifyKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(SessionAccess * session, Session(c, "pg_notify"));
  return ForEachRow(c, [&](uint32_t i) -> Status {
    if (c.inputs[0]->IsNull(i)) {
      return Status::Error(sqlstate::kInvalidParameterValue, "channel name cannot be empty");
    }
    std::string_view payload = c.inputs[1]->IsNull(i) ? std::string_view() : c.inputs[1]->values<std::string_view>()[i];
    RETURN_IF_ERROR(session->Notify(c.inputs[0]->values<std::string_view>()[i], payload));
    c.result->SetValid(i);  // void
    return Status::Ok();
  });
}

void Fn(FunctionRegistry& registry, const char* name, std::initializer_list<uint32_t> args, uint32_t ret,
        ScalarKernel kernel, bool strict, Volatility volatility) {
  ScalarFunction f;
  f.name = name;
  for (uint32_t a : args) f.arg_types.push_back(t::SqlType::Of(a));
  f.return_type = t::SqlType::Of(ret);
  f.kernel = kernel;
  f.strict = strict;
  f.volatility = volatility;
  registry.Register(std::move(f));
}

}  // namespace

void RegisterSessionBuiltins(FunctionRegistry& r) {
  constexpr uint32_t kText = t::kTextOid, kBool = t::kBoolOid, kInt4 = t::kInt4Oid, kInt8 = t::kInt8Oid;
  Fn(r, "current_setting", {kText}, kText, CurrentSettingKernel, true, Volatility::kStable);
  Fn(r, "current_setting", {kText, kBool}, kText, CurrentSettingKernel, true, Volatility::kStable);
  Fn(r, "set_config", {kText, kText, kBool}, kText, SetConfigKernel, false, Volatility::kVolatile);
  Fn(r, "current_schema", {}, t::kNameOid, CurrentSchemaKernel, true, Volatility::kStable);
  Fn(r, "pg_backend_pid", {}, kInt4, BackendPidKernel, true, Volatility::kStable);
  Fn(r, "pg_relation_is_updatable", {t::kRegclassOid, kBool}, kInt4, RelationIsUpdatableKernel, true,
     Volatility::kStable);
  Fn(r, "pg_cancel_backend", {kInt4}, kBool, SignalBackendKernel<false>, true, Volatility::kVolatile);
  Fn(r, "pg_terminate_backend", {kInt4}, kBool, SignalBackendKernel<true>, true, Volatility::kVolatile);
  Fn(r, "pg_terminate_backend", {kInt4, kInt8}, kBool, SignalBackendKernel<true>, true, Volatility::kVolatile);
  Fn(r, "txid_current", {}, kInt8, TxidCurrentKernel, true, Volatility::kStable);
  Fn(r, "pg_sleep", {t::kFloat8Oid}, t::kVoidOid, SleepKernel, true, Volatility::kVolatile);
  struct Advisory {
    const char* name;
    uint32_t ret;
    ScalarKernel kernel;
  };
  constexpr uint32_t kVoid = t::kVoidOid;
  static const Advisory kAdvisory[] = {
      {"pg_advisory_lock", kVoid, AdvisoryLockKernel<false, false, true>},
      {"pg_advisory_lock_shared", kVoid, AdvisoryLockKernel<true, false, true>},
      {"pg_try_advisory_lock", kBool, AdvisoryLockKernel<false, false, false>},
      {"pg_try_advisory_lock_shared", kBool, AdvisoryLockKernel<true, false, false>},
      {"pg_advisory_xact_lock", kVoid, AdvisoryLockKernel<false, true, true>},
      {"pg_advisory_xact_lock_shared", kVoid, AdvisoryLockKernel<true, true, true>},
      {"pg_try_advisory_xact_lock", kBool, AdvisoryLockKernel<false, true, false>},
      {"pg_try_advisory_xact_lock_shared", kBool, AdvisoryLockKernel<true, true, false>},
      {"pg_advisory_unlock", kBool, AdvisoryUnlockKernel<false>},
      {"pg_advisory_unlock_shared", kBool, AdvisoryUnlockKernel<true>},
  };
  for (const Advisory& a : kAdvisory) {
    Fn(r, a.name, {kInt8}, a.ret, a.kernel, true, Volatility::kVolatile);
    Fn(r, a.name, {kInt4, kInt4}, a.ret, a.kernel, true, Volatility::kVolatile);
  }
  Fn(r, "pg_advisory_unlock_all", {}, kVoid, AdvisoryUnlockAllKernel, true, Volatility::kVolatile);
  Fn(r, "pg_notify", {kText, kText}, kVoid, NotifyKernel, false, Volatility::kVolatile);
}

}  // namespace augur::exec::internal
