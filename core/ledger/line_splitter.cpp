#include "ledger/line_splitter.h"

#include <algorithm>
#include <cstring>

namespace lj {

LineSplitter::LineSplitter(ByteSource& source, HashAlgo algo, Options options)
    : m_source(source)
    , m_options(options)
    , m_digest(algo)
    , m_leafHasher(algo)
{
}

void LineSplitter::addLine(LineBatch& batch, std::size_t begin, std::size_t length, LineFlaw flaw)
{
    LineRecord record;
    record.number = m_nextLine++;
    record.begin = begin;
    record.length = length;
    record.flaw = (flaw == LineFlaw::None && length > m_options.maxLineBytes) ? LineFlaw::TooLong : flaw;
    if (m_options.computeLeaves && record.flaw == LineFlaw::None)
        record.leaf = m_leafHasher.leaf({batch.storage.data() + begin, length});
    batch.lines.push_back(record);
}

Status LineSplitter::readMore(LineBatch& batch, std::size_t& used, bool& eof)
{
    // The storage grows geometrically from 64 KiB up to steps of chunkBytes: a small input must
    // not pay for zero-filling a whole chunk (4 MiB; ~75 ms per call under ASan).
    const std::size_t chunk = m_options.chunkBytes;
    const std::size_t step = std::clamp<std::size_t>(used, std::min<std::size_t>(64u << 10, chunk), chunk);
    if (batch.storage.size() - used < std::max<std::size_t>(step / 2, 1)) batch.storage.resize(used + step);
    auto n = m_source.read(batch.storage.data() + used, batch.storage.size() - used);
    if (!n) return fail(n.error());
    used += *n;
    eof = *n == 0;
    return Ok{};
}

// The current partial line (storage[lineStart, used)) is already over the limit: hash it and
// everything up to its LF into the file digest without keeping it.
Status LineSplitter::skipOverlongLine(LineBatch& batch, std::size_t& used)
{
    const std::size_t lineStart = used;
    for (;;) {
        if (batch.storage.size() - lineStart < m_options.chunkBytes) batch.storage.resize(lineStart + m_options.chunkBytes);
        auto n = m_source.read(batch.storage.data() + lineStart, batch.storage.size() - lineStart);
        if (!n) return fail(n.error());
        if (*n == 0) {
            m_eof = true;
            addLine(batch, lineStart, 0, LineFlaw::TooLong);
            return Ok{};
        }
        const char* base = batch.storage.data() + lineStart;
        const void* lf = std::memchr(base, '\n', *n);
        if (!lf) {
            m_digest.update(base, *n);
            continue;
        }
        const auto upToLf = static_cast<std::size_t>(static_cast<const char*>(lf) - base) + 1;
        m_digest.update(base, upToLf);
        m_carry.assign(base + upToLf, base + *n);
        addLine(batch, lineStart, 0, LineFlaw::TooLong);
        return Ok{};
    }
}

Result<bool> LineSplitter::next(LineBatch& batch)
{
    batch.lines.clear();
    if (batch.storage.size() > 2 * m_options.chunkBytes + m_carry.size()) batch.storage = {}; // after a long line
    batch.digestBefore.emplace(m_digest.clone());
    if (m_eof && m_carry.empty()) return false;

    std::size_t used = m_carry.size();
    if (batch.storage.size() < used) batch.storage.resize(used); // readMore() makes room to read
    std::copy(m_carry.begin(), m_carry.end(), batch.storage.begin()); // memcpy would get nullptr when empty
    m_carry.clear();

    std::size_t lineStart = 0;
    std::size_t searchFrom = 0;
    for (;;) {
        while (searchFrom < used) {
            const void* lf = std::memchr(batch.storage.data() + searchFrom, '\n', used - searchFrom);
            if (!lf) break;
            const auto end = static_cast<std::size_t>(static_cast<const char*>(lf) - batch.storage.data());
            addLine(batch, lineStart, end - lineStart, LineFlaw::None);
            lineStart = searchFrom = end + 1;
        }
        searchFrom = used;

        if (used - lineStart > m_options.maxLineBytes) {
            m_digest.update(batch.storage.data(), used);
            auto status = skipOverlongLine(batch, lineStart);
            if (!status) return fail(status.error());
            break;
        }
        if (!batch.lines.empty() && used >= m_options.chunkBytes) {
            m_carry.assign(batch.storage.data() + lineStart, batch.storage.data() + used);
            m_digest.update(batch.storage.data(), lineStart);
            break;
        }
        if (m_eof) {
            if (lineStart < used) addLine(batch, lineStart, used - lineStart, LineFlaw::NoFinalLf);
            m_digest.update(batch.storage.data(), used);
            break;
        }
        bool eof = false;
        auto status = readMore(batch, used, eof);
        if (!status) return fail(status.error());
        if (eof) m_eof = true;
    }
    batch.sourcePosition = m_source.position();
    return !batch.lines.empty();
}

} // namespace lj
