#include "ledger/export_writer.h"

#include "ledger/commit_check.h"
#include "ledger/line_splitter.h"
#include "ledger/merkle.h"
#include "util/file_write.h"
#include "util/rfc3339.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <set>
#include <unistd.h>

namespace lj {

namespace {

constexpr std::size_t kBufferBytes = 1u << 20;

Status writeAll(int fd, std::string_view bytes, const std::string& path) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail(path + ": cannot write: " + std::strerror(errno));
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return Ok{};
}

// Empty when the options describe an export that verifies; else what is wrong.
std::string optionsProblem(const ExportWriterOptions& options) {
    if (!isValidChainId(options.chain))
        return "chain id \"" + options.chain + "\" does not match [a-z0-9._-]{1,64}";
    if (options.validators.empty()) return "no validators";
    std::set<std::string_view> ids;
    for (const SigningValidator& validator : options.validators) {
        if (!isValidValidatorId(validator.id))
            return "validator id \"" + validator.id + "\" does not match [a-z0-9._-]{1,32}";
        if (!ids.insert(validator.id).second) return "validator \"" + validator.id + "\" is listed twice";
        if (validator.key.suite() != options.suite)
            return "the key of validator \"" + validator.id + "\" is not a " +
                   std::string(suiteName(options.suite)) + " key";
    }
    const auto count = static_cast<int>(options.validators.size());
    if (options.quorum < 1 || options.quorum > count)
        return "quorum must be between 1 and the number of validators";
    if (options.signersPerBlock < 0 || options.signersPerBlock > count)
        return "signersPerBlock must be between 0 and the number of validators";
    if (!ids.contains(options.exporter)) return "exporter \"" + options.exporter + "\" is not a validator";
    if (!parseRfc3339(options.exportedAt))
        return "exported_at \"" + options.exportedAt + "\" is not an RFC 3339 time";
    if (options.from < 0) return "from must not be negative";
    if (!options.prev.empty() && !isLowerHex(options.prev, 32))
        return "prev must be 64 lower-case hex digits";
    if (options.from == 0 && !options.prev.empty() && options.prev != std::string(64, '0'))
        return "prev must be 64 zeros when from is 0";
    return {};
}

json::Value headerValue(const ExportWriterOptions& options, const std::string& prevHex) {
    json::Value validators = json::Value::array();
    for (const SigningValidator& validator : options.validators)
        validators.push(json::Value::object()
                            .set("id", json::Value::string(validator.id))
                            .set("org", json::Value::string(validator.org))
                            .set("key", json::Value::string(validator.key.publicKey().spkiBase64())));
    json::Value header = json::Value::object();
    header.set("type", json::Value::string("header")).set("sle", json::Value::number(std::int64_t{1}));
    header.set("chain", json::Value::string(options.chain));
    if (!options.chainName.empty()) header.set("chain_name", json::Value::string(options.chainName));
    header.set("suite", json::Value::string(std::string(suiteName(options.suite))))
        .set("validators", std::move(validators))
        .set("quorum", json::Value::number(std::int64_t{options.quorum}))
        .set("from", json::Value::number(options.from))
        .set("prev", json::Value::string(prevHex))
        .set("exporter", json::Value::string(options.exporter))
        .set("exported_at", json::Value::string(options.exportedAt));
    return header;
}

bool breaksLineStructure(std::string_view line) {
    return line.size() > kMaxLineBytes || std::memchr(line.data(), '\n', line.size()) ||
           std::memchr(line.data(), '\r', line.size());
}

} // namespace

Consortium consortiumOf(const ExportWriterOptions& options) {
    Consortium consortium;
    consortium.chain = options.chain;
    consortium.chainName = options.chainName;
    consortium.suite = options.suite;
    consortium.quorum = options.quorum;
    for (const SigningValidator& validator : options.validators) {
        PublicKey key = validator.key.publicKey();
        std::string base64 = key.spkiBase64();
        consortium.validators.push_back({validator.id, validator.org, std::move(base64), std::move(key)});
    }
    return consortium;
}

Result<std::unique_ptr<ExportWriter>> ExportWriter::create(const std::string& path,
                                                           ExportWriterOptions options) {
    if (std::string problem = optionsProblem(options); !problem.empty())
        return fail("export writer: " + problem);
    Hash32 prev{};
    if (!options.prev.empty()) {
        const auto bytes = fromHex(options.prev);
        std::copy(bytes->begin(), bytes->end(), prev.begin());
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail(path + ": cannot create: " + std::strerror(errno));
    std::unique_ptr<ExportWriter> writer(new ExportWriter(fd, path, std::move(options), prev));
    if (Status status = writer->writeHeader(); !status) return fail(status.error());
    return writer;
}

ExportWriter::ExportWriter(int fd, std::string path, ExportWriterOptions options, Hash32 prev)
    : m_fd(fd)
    , m_path(std::move(path))
    , m_options(std::move(options))
    , m_digest(hashAlgoOf(m_options.suite))
    , m_lineHasher(hashAlgoOf(m_options.suite))
    , m_lastHash(prev) {
    m_buffer.reserve(kBufferBytes + (64u << 10));
}

ExportWriter::~ExportWriter() {
    if (m_fd < 0) return;
    if (!m_error) (void)flush(); // keep what was appended: an export without end line
    ::close(m_fd);
}

Status ExportWriter::failWith(Error error) {
    if (!m_error) m_error = error.message;
    return fail(*m_error);
}

Status ExportWriter::writeHeader() {
    return writeLine(json::serialize(headerValue(m_options, toHex(m_lastHash))));
}

Status ExportWriter::writeLine(std::string_view line) {
    m_buffer.append(line);
    m_buffer.push_back('\n');
    ++m_lineNumber;
    if (m_buffer.size() >= kBufferBytes) return flush();
    return Ok{};
}

// Every byte goes through here once, so hashing the buffer keeps the end digest exact and the
// hash calls few and large.
Status ExportWriter::flush() {
    m_digest.update(m_buffer);
    Status status = writeAll(m_fd, m_buffer, m_path);
    m_bytesWritten += m_buffer.size();
    m_buffer.clear();
    if (!status) return failWith(Error{status.error()});
    return Ok{};
}

std::vector<int> ExportWriter::signersFor(std::int64_t height) const {
    const auto count = static_cast<std::int64_t>(m_options.validators.size());
    const int wanted = m_options.signersPerBlock == 0 ? m_options.quorum : m_options.signersPerBlock;
    std::vector<int> signers;
    for (int i = 0; i < wanted; ++i)
        signers.push_back(static_cast<int>((height + i) % count));
    std::sort(signers.begin(), signers.end());
    return signers;
}

Status ExportWriter::appendBlock(std::string_view time, std::span<const std::string> txLines,
                                 std::string_view proposer) {
    if (m_error) return fail(*m_error);
    if (m_finished) return fail("export writer: appendBlock after finish");
    const auto instant = parseRfc3339(time);
    if (!instant) return fail("export writer: block time \"" + std::string(time) + "\" is not RFC 3339");
    if (m_lastInstant && *instant < *m_lastInstant)
        return fail("export writer: block time " + std::string(time) + " is earlier than " + m_lastTime);
    for (const std::string& line : txLines)
        if (breaksLineStructure(line))
            return fail("export writer: a tx line contains LF or CR or is too long");

    const std::int64_t height = nextHeight();
    m_leaves.clear();
    for (const std::string& line : txLines)
        m_leaves.push_back(m_lineHasher.leaf(line));
    const std::string txRoot = toHex(merkleRoot(m_lineHasher, m_leaves));
    const std::vector<int> signers = signersFor(height);
    const std::string proposerId = proposer.empty()
                                       ? m_options.validators[static_cast<std::size_t>(signers.front())].id
                                       : std::string(proposer);

    std::string blockLine = "{\"type\":\"block\",\"height\":" + std::to_string(height) +
                            ",\"time\":" + json::quote(time) + ",\"prev\":\"" + toHex(m_lastHash) +
                            "\",\"tx_count\":" + std::to_string(txLines.size()) + ",\"tx_root\":\"" + txRoot +
                            "\",\"proposer\":" + json::quote(proposerId) + "}";
    const Hash32 blockHash = m_lineHasher.hash(blockLine);
    const std::string blockHex = toHex(blockHash);
    const std::string message = blockSigningMessage(m_options.chain, height, blockHex);

    m_signatures.clear();
    std::string commitLine = "{\"type\":\"commit\",\"height\":" + std::to_string(height) + ",\"block\":\"" +
                             blockHex + "\",\"sigs\":[";
    try {
        for (int index : signers) {
            const SigningValidator& validator = m_options.validators[static_cast<std::size_t>(index)];
            m_signatures.push_back({index, validator.key.sign(message)});
            if (m_signatures.size() > 1) commitLine += ',';
            commitLine += "{\"v\":" + json::quote(validator.id) + ",\"sig\":\"" +
                          toBase64(m_signatures.back().signature) + "\"}";
        }
    } catch (const std::exception& error) {
        return failWith(Error{std::string("export writer: ") + error.what()});
    }
    commitLine += "]}";

    const std::uint64_t blockLineNumber = m_lineNumber + 1;
    Status status = writeLine(blockLine);
    for (std::size_t i = 0; status && i < txLines.size(); ++i)
        status = writeLine(txLines[i]);
    if (status) status = writeLine(commitLine);
    if (!status) return status;

    m_lastHash = blockHash;
    m_lastTime = std::string(time);
    m_lastInstant = instant;
    ++m_blocks;
    m_txs += txLines.size();
    if (m_options.onBlock)
        m_options.onBlock({height, blockHash, blockLineNumber, blockLine, txLines, m_leaves, commitLine,
                           message, m_signatures});
    return Ok{};
}

Status ExportWriter::finish() {
    if (m_error) return fail(*m_error);
    if (m_finished) return fail("export writer: finish called twice");
    if (Status status = flush(); !status) return status;
    const std::string digest = toHex(m_digest.finish());
    const SigningValidator* exporter = nullptr;
    for (const SigningValidator& validator : m_options.validators)
        if (validator.id == m_options.exporter) exporter = &validator;
    std::string signature;
    try {
        signature = toBase64(exporter->key.sign(exportSigningMessage(m_options.chain, digest)));
    } catch (const std::exception& error) {
        return failWith(Error{std::string("export writer: ") + error.what()});
    }
    const std::string endLine = "{\"type\":\"end\",\"blocks\":" + std::to_string(m_blocks) +
                                ",\"txs\":" + std::to_string(m_txs) + ",\"last\":\"" + toHex(m_lastHash) +
                                "\",\"digest\":\"" + digest + "\",\"sig\":\"" + signature + "\"}\n";
    // Written directly: the end line is the one line the digest does not cover.
    Status status = writeAll(m_fd, endLine, m_path);
    m_bytesWritten += endLine.size();
    ++m_lineNumber;
    m_finished = true;
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && status) status = fail(m_path + ": cannot close: " + std::strerror(errno));
    if (!status) return failWith(Error{status.error()});
    return Ok{};
}

std::string makeTxLine(std::string_view kind, std::string_view time, std::string_view source,
                       std::string_view actor, const json::Value& body) {
    std::string line = "{\"type\":\"tx\",\"kind\":";
    line += json::quote(kind);
    line += ",\"time\":";
    line += json::quote(time);
    line += ",\"source\":";
    line += json::quote(source);
    line += ",\"actor\":";
    line += json::quote(actor);
    line += ",\"body\":";
    line += json::serialize(body);
    line += '}';
    return line;
}

Status writeConsortiumFile(const std::string& path, const Consortium& consortium) {
    json::Value validators = json::Value::array();
    for (const Validator& validator : consortium.validators)
        validators.push(json::Value::object()
                            .set("id", json::Value::string(validator.id))
                            .set("org", json::Value::string(validator.org))
                            .set("key", json::Value::string(validator.key.spkiBase64())));
    json::Value document = json::Value::object();
    document.set("chain", json::Value::string(consortium.chain));
    if (!consortium.chainName.empty()) document.set("chain_name", json::Value::string(consortium.chainName));
    document.set("suite", json::Value::string(std::string(suiteName(consortium.suite))))
        .set("validators", std::move(validators))
        .set("quorum", json::Value::number(std::int64_t{consortium.quorum}));
    return writeWholeFile(path, json::serializePretty(document) + "\n", 0644);
}

} // namespace lj
