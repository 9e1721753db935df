#pragma once
// Private to core/json: duplicate member detection for the objects open during one scan.
#include "json/json_scanner.h"
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lj::json::detail {

// Member names of the objects currently open, innermost last (a stack: a nested object's names
// are pushed after its parent's and dropped when it closes). Names without escapes are views into
// the text; escaped names are unescaped into an arena, so {"a":1,"\u0061":2} is caught. Small
// objects are checked linearly (behind a 64-bit bloom filter); an object with more than
// kLinearLimit members gets an ordered index, so a hostile object with 100k members costs
// O(n log n) — an ordered set rather than a hash table because unseeded hashes can be flooded
// with crafted collisions. Meant to be reused (thread_local): once warm, typical lines allocate
// nothing.
class MemberNames {
public:
    MemberNames() = default;
    MemberNames(const MemberNames&) = delete; // the indexes point back at this object
    MemberNames& operator=(const MemberNames&) = delete;

    struct Mark {
        std::size_t names = 0;
        std::size_t arena = 0;
        std::uint64_t seen = 0; // bloom filter of the object's names: most new names skip the search
    };

    // Forgets everything; gives back memory that a huge document made us take.
    void reset() {
        m_count = 0;
        m_arena.clear();
        if (m_names.size() > kKeepNames) std::vector<Name>().swap(m_names);
        if (m_arena.capacity() > kKeepArena) std::string().swap(m_arena);
        if (m_indexesUsed) {
            for (auto& index : m_indexes)
                index.clear();
            m_indexesUsed = false;
        }
    }

    // Call when an object opens; pass the mark to add() and close().
    Mark open() const { return {m_count, m_arena.size()}; }
    void close(const Mark& mark) {
        m_count = mark.names;
        if (m_arena.size() != mark.arena) m_arena.resize(mark.arena);
    }

    // Adds the name whose raw content (between the quotes) is [begin, end) to the object opened
    // at `mark`, `depth` levels deep; `textEnd` bounds reads. Sets `name` to the unescaped name
    // (valid until the next add). Returns false when the object already has a member of that name.
    // Inline for the usual case (no escapes, a small object); the rest is out of line.
    [[gnu::always_inline]] bool add(Mark& mark, int depth, const char* begin, const char* end,
                                    const char* textEnd, bool escaped, std::string_view& name) {
        if (escaped || m_count - mark.names >= kLinearLimit) [[unlikely]] {
            return addSlowly(mark, depth, begin, end, textEnd, escaped, name);
        }
        const auto size = static_cast<std::size_t>(end - begin);
        const Name entry{prefixOf(begin, size, static_cast<std::size_t>(textEnd - begin)), begin, size, 0};
        name = std::string_view(begin, size);
        return addToSmallObject(mark, entry, name);
    }

private:
    static constexpr std::size_t kLinearLimit = 32;
    static constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ULL; // spreads the prefix over the top bits
    static constexpr std::size_t kKeepNames = 4096;
    static constexpr std::size_t kKeepArena = 64 * 1024;

    struct Name {
        std::uint64_t prefix = 0;   // first ≤ 8 bytes, zero-padded: decides names up to 8 bytes
        const char* text = nullptr; // nullptr: the unescaped copy is in the arena
        std::size_t size = 0;
        std::size_t arenaOffset = 0;
    };

    bool addToSmallObject(Mark& mark, const Name& entry, std::string_view name) {
        const std::uint64_t bit = std::uint64_t{1} << (((entry.prefix ^ entry.size) * kMix) >> 58);
        if ((mark.seen & bit) != 0 && isInSmallObject(mark, entry, name)) return false;
        mark.seen |= bit;
        push(entry);
        return true;
    }

    [[gnu::noinline]] bool isInSmallObject(const Mark& mark, const Name& entry, std::string_view name) const {
        for (std::size_t i = mark.names; i < m_count; ++i) {
            if (sameName(m_names[i], entry, name)) return true;
        }
        return false;
    }

    [[gnu::noinline]] bool addSlowly(Mark& mark, int depth, const char* begin, const char* end,
                                     const char* textEnd, bool escaped, std::string_view& name) {
        Name entry;
        entry.size = static_cast<std::size_t>(end - begin);
        if (!escaped) {
            entry.text = begin;
            entry.prefix = prefixOf(begin, entry.size, static_cast<std::size_t>(textEnd - begin));
        } else {
            entry.arenaOffset = m_arena.size();
            appendUnescaped(m_arena, begin, end);
            entry.size = m_arena.size() - entry.arenaOffset;
            entry.prefix = prefixOf(m_arena.data() + entry.arenaOffset, entry.size, entry.size);
        }
        name = view(entry);
        const std::size_t count = m_count - mark.names;
        if (count < kLinearLimit) return addToSmallObject(mark, entry, name);
        NameIndex& index = indexFor(depth);
        if (count == kLinearLimit) {
            // This object just outgrew the linear search; the index may hold an earlier object's.
            index.clear();
            for (std::size_t i = mark.names; i < m_count; ++i)
                index.insert(i);
        }
        push(entry);
        if (!index.insert(m_count - 1).second) {
            --m_count;
            return false;
        }
        return true;
    }

    // The first min(size, 8) bytes as a number; reads 8 bytes at once when `available` allows.
    static std::uint64_t prefixOf(const char* p, std::size_t size, std::size_t available) {
        std::uint64_t word = 0;
        if (available >= sizeof word)
            std::memcpy(&word, p, sizeof word);
        else
            std::memcpy(&word, p, size);
        if (size >= sizeof word) return word;
        if (size == 0) return 0; // also keeps the shift below under 64
        const unsigned unusedBits = static_cast<unsigned>(8 * (sizeof word - size));
        if constexpr (std::endian::native == std::endian::little)
            return word & (~std::uint64_t{0} >> unusedBits);
        else
            return word & ~(~std::uint64_t{0} >> (64 - unusedBits));
    }

    bool sameName(const Name& a, const Name& b, std::string_view bView) const {
        return a.prefix == b.prefix && a.size == b.size && (a.size <= 8 || view(a) == bView);
    }

    std::string_view view(const Name& name) const {
        return name.text != nullptr ? std::string_view(name.text, name.size)
                                    : std::string_view(m_arena.data() + name.arenaOffset, name.size);
    }

    void push(const Name& entry) {
        if (m_count == m_names.size()) grow();
        m_names[m_count++] = entry;
    }

    [[gnu::noinline]] void grow() { m_names.resize(m_names.empty() ? 64 : m_names.size() * 2); }

    // Orders positions in m_names by the names there.
    struct ByName {
        const MemberNames* names;
        bool operator()(std::size_t a, std::size_t b) const {
            return names->view(names->m_names[a]) < names->view(names->m_names[b]);
        }
    };
    using NameIndex = std::set<std::size_t, ByName>;

    NameIndex& indexFor(int depth) {
        while (m_indexes.size() <= static_cast<std::size_t>(depth))
            m_indexes.emplace_back(ByName{this});
        m_indexesUsed = true;
        return m_indexes[static_cast<std::size_t>(depth)];
    }

    std::vector<Name> m_names; // [0, m_count) in use; kept allocated between scans
    std::size_t m_count = 0;
    std::string m_arena;
    std::vector<NameIndex> m_indexes; // by nesting depth, for objects with many members
    bool m_indexesUsed = false;
};

} // namespace lj::json::detail
