#include "ledger/trust_store.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace lj {

Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(path + ": cannot open: " + std::strerror(errno));
    std::string content;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > maxBytes) return fail(path + ": file too large (over " + std::to_string(maxBytes) + " bytes)");
    }
    if (in.bad()) return fail(path + ": read error");
    return content;
}

Status TrustStore::addFile(const std::string& path)
{
    auto text = readSmallFile(path, 1u << 20);
    if (!text) return fail(text.error());
    json::ParseError parseError;
    auto document = json::parse(*text, parseError);
    if (!document) return fail(path + ": not valid JSON at byte " + std::to_string(parseError.offset) + ": " + parseError.reason);
    auto consortium = parseConsortium(*document);
    if (!consortium) return fail(path + ": not a consortium file: " + consortium.error());
    add(std::move(consortium.value()), path);
    return Ok{};
}

void TrustStore::add(Consortium consortium, std::string sourcePath)
{
    remove(consortium.chain);
    m_entries.push_back({std::move(consortium), std::move(sourcePath)});
}

bool TrustStore::remove(std::string_view chain)
{
    const auto before = m_entries.size();
    std::erase_if(m_entries, [&](const TrustedConsortium& entry) { return entry.consortium.chain == chain; });
    return m_entries.size() != before;
}

const TrustedConsortium* TrustStore::find(std::string_view chain) const
{
    for (const auto& entry : m_entries)
        if (entry.consortium.chain == chain) return &entry;
    return nullptr;
}

bool TrustStore::trustsKey(std::string_view chain, std::string_view id, const PublicKey& key) const
{
    const TrustedConsortium* entry = find(chain);
    if (!entry) return false;
    const Validator* validator = entry->consortium.findValidator(id);
    return validator && validator->key.suite() == key.suite() && validator->key.spkiDer() == key.spkiDer();
}

} // namespace lj
