//! Writes a synthetic review campaign: N realistic Vietnamese unit reports (15–40 KB
//! each) that follow the built-in outline, and the roster they report against.
//!
//! ```text
//! cargo run --release --example corpus -- --out DIR --units N [--seed S] [--problems]
//! baocao check DIR/submissions --outline DIR/outline
//! ```
//!
//! Layout: `DIR/submissions/<category id>/<code>.md` and `DIR/outline/units.yaml` (the
//! outline itself is the built-in default, so nothing else is written). The output is a
//! pure function of `--units`, `--seed` and `--problems`: a small SplitMix64 generator,
//! one stream per unit, no `rand` crate, no clock.
//!
//! Reports vary the way real ones do: heading styles (`# I. …`, `## I- …`, `PHẦN THỨ
//! NHẤT: …`, `1.`, `a)`, `2.1.`, bold-only and plain numbered stand-ins), titles or their
//! aliases, upper or sentence case, trailing colons, lists, the unit's own sub-headings,
//! UTF-8 with a BOM, CRLF line endings, NFD text. With `--problems` about one unit in ten
//! gets one problem: a missing or empty section, a bad appendix value, a late or broken
//! front matter, an unknown code, sections out of order, headings without diacritics,
//! a Windows-1258 or UTF-16 file, or no report at all.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use baocao::campaign::outline::{Kind, Outline};
use unicode_normalization::UnicodeNormalization;

/// SplitMix64: small, fast, and good enough to vary synthetic text.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator for one item of a stream, independent of the order items are made in.
    pub fn for_item(seed: u64, item: u64) -> Rng {
        let mut mixer = Rng(seed ^ item.wrapping_mul(0xA076_1D64_78BD_642F));
        Rng(mixer.next_u64())
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What a run wrote.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub submissions: PathBuf,
    pub outline: PathBuf,
    pub units: usize,
    pub files: usize,
    pub bytes: u64,
    pub problems: usize,
}

const PROVINCES: [&str; 34] = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Thành phố Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
];

const ADVISORY: [&str; 8] = [
    "Văn phòng Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ban Nội chính Tỉnh ủy",
    "Ban Chính sách, chiến lược Tỉnh ủy",
    "Trường Chính trị tỉnh",
    "Báo và Phát thanh, Truyền hình tỉnh",
];

const DEPARTMENTS: [&str; 16] = [
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Sở Công Thương",
    "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Tư pháp",
    "Sở Dân tộc và Tôn giáo",
    "Thanh tra tỉnh",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Ban Quản lý Khu kinh tế tỉnh",
];

const MASS_ORGANISATIONS: [&str; 6] = [
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Tỉnh đoàn",
    "Liên đoàn Lao động tỉnh",
    "Hội Cựu chiến binh tỉnh",
];

const DIRECT_COMMITTEES: [&str; 5] = [
    "Đảng ủy các cơ quan Đảng tỉnh",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "Đảng ủy Công an tỉnh",
    "Đảng ủy Quân sự tỉnh",
    "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh",
];

/// Syllables of place names; two make a commune name.
const SYLLABLES: [&str; 72] = [
    "Hưng", "Lộc", "Yên", "Thành", "Đô", "Lương", "Quỳnh", "Diễn", "Nghi", "Thanh", "Hòa", "Phú", "An", "Tân", "Bình",
    "Minh", "Đức", "Thịnh", "Xuân", "Vinh", "Mỹ", "Sơn", "Hải", "Long", "Tiến", "Thuận", "Phong", "Quang", "Trung",
    "Đông", "Tây", "Nam", "Bắc", "Kim", "Liên", "Hồng", "Cẩm", "Châu", "Thủy", "Khánh", "Hợp", "Nghĩa", "Đồng", "Lạc",
    "Tường", "Vân", "Sen", "Trà", "Hương", "Giang", "Hà", "Lâm", "Tùng", "Mai", "Đại", "Thái", "Quế", "Ngọc", "Bảo",
    "Hiếu", "Nhân", "Lợi", "Cát", "Điền", "Kỳ", "Sông", "Tuy", "Hoàng", "Việt", "Vĩnh", "Thắng", "Tháp",
];

const SURNAMES: [&str; 10] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Hồ",
];
const MIDDLE: [&str; 6] = ["Văn", "Thị", "Đình", "Hữu", "Minh", "Quốc"];
const GIVEN: [&str; 14] = [
    "Lâm", "Hùng", "Hoa", "Lan", "Sơn", "Tuấn", "Hương", "Dũng", "Thảo", "Quý", "Thủy", "Hải", "Nga", "Thắng",
];

const GENERAL: [&str; 10] = [
    "Trong giai đoạn 2015 - 2025, {unit} đã tổ chức {n} hội nghị quán triệt, triển khai, sơ kết, tổng kết các chủ trương của Đảng về công tác dân vận.",
    "Công tác dân vận chính quyền được xác định là nhiệm vụ thường xuyên, gắn với việc thực hiện nhiệm vụ chính trị của {unit}.",
    "Cán bộ, công chức, viên chức được quán triệt phương châm “trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”.",
    "Nhiều vụ việc phức tạp, kéo dài được tập trung giải quyết dứt điểm, không để phát sinh điểm nóng về an ninh, trật tự.",
    "Kết quả thực hiện được đánh giá hằng năm, làm căn cứ bình xét thi đua, khen thưởng và đánh giá, xếp loại cán bộ, công chức.",
    "Ý kiến, kiến nghị của Nhân dân được tiếp nhận qua nhiều kênh như đường dây nóng, hộp thư góp ý, Cổng dịch vụ công và ứng dụng trên điện thoại di động.",
    "Tỷ lệ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt {pct}%, tăng so với đầu nhiệm kỳ.",
    "Đội ngũ cán bộ làm công tác dân vận được tập huấn {n} lượt về kỹ năng vận động quần chúng, kỹ năng đối thoại và giải quyết tình huống.",
    "Hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng được duy trì, phát huy hiệu quả.",
    "Các phong trào thi đua yêu nước được gắn với việc thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trên địa bàn.",
];

/// Sentences by section id (its last component).
fn pool(id: &str) -> &'static [&'static str] {
    match id.rsplit('.').next().unwrap_or(id) {
        "lanh-dao" => &[
            "{unit} đã quán triệt, triển khai Kết luận số 114-KL/TW đến 100% chi bộ, đảng viên và cán bộ, công chức, viên chức.",
            "Ngay sau khi có Kết luận số 114-KL/TW, {unit} đã ban hành kế hoạch thực hiện, phân công rõ trách nhiệm của tập thể cấp ủy và người đứng đầu.",
            "Nội dung công tác dân vận chính quyền được đưa vào nghị quyết, chương trình công tác hằng năm và là tiêu chí đánh giá, xếp loại tổ chức đảng, đảng viên.",
            "Trong giai đoạn 2015 - 2025, cấp ủy đã ban hành {n} văn bản lãnh đạo, chỉ đạo, hướng dẫn về công tác dân vận và thực hiện quy chế dân chủ ở cơ sở.",
            "Công tác kiểm tra, giám sát việc thực hiện Kết luận được tiến hành thường xuyên, kết hợp với kiểm tra việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị.",
            "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở được kiện toàn kịp thời khi có thay đổi về nhân sự, hoạt động có nền nếp, hiệu quả.",
            "Cấp ủy chỉ đạo gắn việc thực hiện Kết luận số 114-KL/TW với Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "Hằng năm, {unit} tổ chức sơ kết, đánh giá kết quả thực hiện, kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu.",
            "Việc tuyên truyền Kết luận được thực hiện bằng nhiều hình thức phù hợp như hội nghị, sinh hoạt chi bộ, trang thông tin điện tử và mạng xã hội.",
            "Người đứng đầu cấp ủy, chính quyền trực tiếp chỉ đạo, thường xuyên kiểm tra, đôn đốc việc thực hiện các nhiệm vụ về công tác dân vận.",
            "Sau khi sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025, {unit} đã kịp thời kiện toàn các tổ chức đảng, ổn định tư tưởng cán bộ, đảng viên.",
            "Quy chế phối hợp giữa chính quyền với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội được sửa đổi, bổ sung cho phù hợp với tình hình thực tế.",
        ],
        "ket-qua" => &[
            "Qua 10 năm thực hiện, công tác dân vận của cơ quan nhà nước trên địa bàn có nhiều chuyển biến tích cực, đạt được những kết quả quan trọng.",
            "Kết quả cụ thể trên từng lĩnh vực được đánh giá như sau, trên cơ sở số liệu tổng hợp từ các chi bộ và cơ quan chuyên môn.",
            "{unit} đã tổ chức {n} hội nghị quán triệt, triển khai, sơ kết, tổng kết; {n} lượt cán bộ, công chức được tập huấn, bồi dưỡng kỹ năng dân vận.",
        ],
        "noi-bat" => &[
            "Công tác cải cách hành chính được đẩy mạnh, thủ tục hành chính được công khai, minh bạch tại bộ phận một cửa và trên Cổng dịch vụ công.",
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt {pct}%, không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân.",
            "Người đứng đầu đã tổ chức {n} cuộc đối thoại trực tiếp với Nhân dân, tập trung vào những vấn đề bức xúc như đất đai, môi trường, chính sách an sinh xã hội.",
            "Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng, có {n} mô hình được công nhận ở các cấp, nhiều mô hình được nhân rộng.",
            "Tinh thần, thái độ phục vụ Nhân dân của đội ngũ cán bộ, công chức có chuyển biến rõ nét; văn hóa công vụ được nâng lên.",
            "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện nghiêm túc; trong kỳ đã tiếp {n} lượt công dân, giải quyết dứt điểm nhiều vụ việc tồn đọng, kéo dài.",
            "Việc thực hiện dân chủ ở cơ sở được bảo đảm, Nhân dân được biết, được bàn, được làm, được kiểm tra, giám sát và thụ hưởng.",
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới được Nhân dân đồng tình hưởng ứng, hiến hàng nghìn mét vuông đất làm đường giao thông.",
            "Ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục hành chính đạt kết quả tích cực, giảm thời gian đi lại và chi phí cho người dân.",
            "Cán bộ, công chức thường xuyên xuống cơ sở, nắm bắt tâm tư, nguyện vọng của Nhân dân, kịp thời tham mưu giải quyết những vướng mắc phát sinh.",
            "Công tác bảo đảm an sinh xã hội, chăm lo gia đình chính sách, hộ nghèo, hộ cận nghèo được thực hiện đầy đủ, kịp thời, đúng đối tượng.",
            "Mặt trận Tổ quốc và các đoàn thể phát huy tốt vai trò giám sát và phản biện xã hội, góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh.",
        ],
        "han-che" => &[
            "Một bộ phận cán bộ, công chức chưa nhận thức đầy đủ về vị trí, vai trò của công tác dân vận chính quyền, còn coi đây là nhiệm vụ của Mặt trận và các đoàn thể.",
            "Việc đối thoại giữa người đứng đầu với Nhân dân có lúc còn mang tính hình thức, một số kiến nghị sau đối thoại chưa được giải quyết dứt điểm.",
            "Vẫn còn tình trạng hồ sơ thủ tục hành chính giải quyết quá hạn, phải gửi thư xin lỗi người dân.",
            "Công tác nắm bắt tình hình Nhân dân ở một số địa bàn chưa kịp thời, còn để phát sinh đơn thư vượt cấp.",
            "Hạ tầng công nghệ thông tin chưa đồng bộ, kỹ năng sử dụng dịch vụ công trực tuyến của một bộ phận người dân, nhất là người cao tuổi, còn hạn chế.",
            "Việc sơ kết, tổng kết, nhân rộng các mô hình “Dân vận khéo” ở một số nơi chưa được quan tâm đúng mức.",
            "Một số cán bộ, công chức còn thiếu kỹ năng giao tiếp, ứng xử với người dân, chưa thật sự gương mẫu trong thực hiện văn hóa công vụ.",
            "Công tác phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể có lúc chưa chặt chẽ, thiếu thường xuyên.",
        ],
        "nguyen-nhan" => &[
            "Nguyên nhân khách quan là khối lượng công việc lớn, địa bàn rộng, dân cư phân tán, điều kiện kinh tế - xã hội còn nhiều khó khăn.",
            "Về chủ quan, một số cấp ủy, người đứng đầu chưa thật sự quan tâm lãnh đạo, chỉ đạo công tác dân vận chính quyền.",
            "Cơ chế kiểm tra, giám sát việc thực hiện quy chế dân chủ chưa chặt chẽ, việc xử lý trách nhiệm người đứng đầu chưa nghiêm.",
            "Nguồn lực đầu tư cho chuyển đổi số và cải cách hành chính còn hạn chế so với yêu cầu nhiệm vụ.",
            "Đội ngũ cán bộ làm công tác dân vận ở cơ sở thường xuyên thay đổi, chưa được tập huấn, bồi dưỡng kỹ năng một cách bài bản.",
            "Việc sắp xếp tổ chức bộ máy làm thay đổi chức năng, nhiệm vụ của nhiều cơ quan, đơn vị, có thời điểm ảnh hưởng đến tâm lý cán bộ.",
        ],
        "bai-hoc" => &[
            "Thứ nhất, phải thường xuyên quán triệt, nâng cao nhận thức của cấp ủy, chính quyền và cán bộ, công chức về vai trò của công tác dân vận.",
            "Thứ hai, người đứng đầu phải gương mẫu, trực tiếp đối thoại, lắng nghe và chịu trách nhiệm về kết quả giải quyết kiến nghị của Nhân dân.",
            "Thứ ba, phải lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ của cơ quan hành chính nhà nước.",
            "Thứ tư, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, phối hợp chặt chẽ giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể.",
            "Thứ năm, kịp thời sơ kết, tổng kết, biểu dương, khen thưởng và nhân rộng các mô hình hay, cách làm hiệu quả.",
            "Công tác dân vận chỉ thật sự hiệu quả khi gắn với việc giải quyết những vấn đề thiết thực, chính đáng của Nhân dân.",
        ],
        "giai-phap" => &[
            "Tiếp tục quán triệt sâu sắc quan điểm của Đảng về công tác dân vận trong tình hình mới, trọng tâm là Nghị quyết số 25-NQ/TW và Kết luận số 114-KL/TW.",
            "Đẩy mạnh cải cách hành chính, chuyển đổi số, xây dựng nền hành chính phục vụ, lấy người dân, doanh nghiệp làm trung tâm.",
            "Nâng cao chất lượng đối thoại của người đứng đầu với Nhân dân; theo dõi, đôn đốc việc giải quyết các kiến nghị sau đối thoại.",
            "Thực hiện tốt Luật Thực hiện dân chủ ở cơ sở năm 2022, bảo đảm quyền làm chủ của Nhân dân trên mọi lĩnh vực.",
            "Tăng cường kiểm tra, giám sát việc thực hiện công tác dân vận của cơ quan nhà nước, xử lý nghiêm cán bộ, công chức vi phạm.",
            "Đẩy mạnh phong trào thi đua “Dân vận khéo”, phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến.",
            "Quan tâm đào tạo, bồi dưỡng kỹ năng công tác dân vận cho đội ngũ cán bộ, công chức, nhất là cán bộ ở cơ sở.",
        ],
        "tac-dong" => &[
            "Việc thực hiện Kết luận số 114-KL/TW góp phần củng cố vững chắc niềm tin của Nhân dân đối với Đảng, chính quyền.",
            "Công tác dân vận của cơ quan nhà nước tác động tích cực đến việc xây dựng chính quyền trong sạch, vững mạnh, hoạt động hiệu lực, hiệu quả.",
            "Cải cách hành chính, xây dựng chính quyền số được đẩy mạnh, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tăng qua các năm.",
            "Khối đại đoàn kết toàn dân tộc được tăng cường, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.",
            "Nhiều phong trào thi đua yêu nước được Nhân dân hưởng ứng tích cực, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội.",
        ],
        "kien-nghi" => &[
            "Đề nghị Trung ương sớm ban hành bộ tiêu chí đánh giá kết quả công tác dân vận của cơ quan nhà nước các cấp.",
            "Đề nghị Tỉnh ủy quan tâm bố trí kinh phí tập huấn, bồi dưỡng kỹ năng công tác dân vận cho cán bộ cơ sở.",
            "Đề nghị Ủy ban nhân dân tỉnh đầu tư nâng cấp hạ tầng công nghệ thông tin, bảo đảm kết nối đồng bộ các phần mềm chuyên ngành.",
            "Đề nghị có cơ chế khen thưởng kịp thời đối với các mô hình “Dân vận khéo” tiêu biểu.",
            "Kiến nghị các cơ quan chức năng hướng dẫn cụ thể việc thực hiện quy chế dân chủ sau khi sắp xếp đơn vị hành chính.",
        ],
        _ => &GENERAL,
    }
}

/// Sub-headings units put inside a section (never an outline title).
const OWN_HEADINGS: [&str; 6] = [
    "Về công tác tuyên truyền",
    "Về cải cách hành chính",
    "Về công tác tiếp công dân",
    "Về thực hiện dân chủ ở cơ sở",
    "Về phong trào thi đua “Dân vận khéo”",
    "Về công tác kiểm tra, giám sát",
];

/// Share of the body (without front matter and appendix) each section gets.
fn weight(id: &str) -> f64 {
    match id.rsplit('.').next().unwrap_or(id) {
        "lanh-dao" => 2.0,
        "ket-qua" => 0.5,
        "noi-bat" => 3.0,
        "han-che" | "giai-phap" | "tac-dong" => 1.5,
        "kien-nghi" => 0.8,
        _ => 1.0,
    }
}

/// Ways a unit's report goes wrong; `weight` is how common each is among problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    None,
    MissingSection,
    EmptySection,
    BadValue,
    Late,
    NoReport,
    Windows1258,
    Utf16,
    BadFrontMatter,
    UnknownUnit,
    SectionOrder,
    NoDiacritics,
}

const PROBLEMS: [(Problem, u32); 11] = [
    (Problem::MissingSection, 3),
    (Problem::EmptySection, 2),
    (Problem::BadValue, 3),
    (Problem::Late, 3),
    (Problem::NoReport, 3),
    (Problem::Windows1258, 1),
    (Problem::Utf16, 1),
    (Problem::BadFrontMatter, 2),
    (Problem::UnknownUnit, 1),
    (Problem::SectionOrder, 1),
    (Problem::NoDiacritics, 1),
];

/// Share of units that get a problem with `--problems`.
const PROBLEM_RATE: f64 = 0.10;

struct Unit {
    code: String,
    name: String,
    category: &'static str,
    /// The body as the unit names itself in prose.
    short: &'static str,
    due: Option<&'static str>,
}

/// Category ids and their share of the roster (communes are most of a country).
const CATEGORIES: [(&str, u32); 5] = [
    ("co-quan-tham-muu", 5),
    ("so-nganh", 15),
    ("mttq-doan-the", 5),
    ("dang-uy-xa-phuong", 67),
    ("dang-uy-truc-thuoc", 8),
];

fn with_province(bodies: &[&str], i: usize) -> String {
    let body = bodies[i % bodies.len()];
    let round = i / bodies.len();
    let province = PROVINCES[round % PROVINCES.len()];
    match round / PROVINCES.len() {
        0 => format!("{body} {province}"),
        n => format!("{body} {province} ({})", n + 1),
    }
}

fn commune_name(i: usize) -> String {
    let n = SYLLABLES.len();
    // Walk the pairs in a scrambled but fixed order so neighbours do not share a syllable.
    let pair = (i * 7919) % (n * n);
    let (a, b) = (pair / n, pair % n);
    let (a, b) = if a == b { (a, (b + 1) % n) } else { (a, b) };
    let kind = if (i / 3).is_multiple_of(4) { "phường" } else { "xã" };
    let base = format!("Đảng ủy {kind} {} {}", SYLLABLES[a], SYLLABLES[b]);
    match i / (n * n) {
        0 => base,
        round => format!("{base} {}", round + 1),
    }
}

fn roster(units: usize, rng: &mut Rng) -> Vec<Unit> {
    let total_weight: u32 = CATEGORIES.iter().map(|c| c.1).sum();
    let mut counts: Vec<usize> = CATEGORIES
        .iter()
        .map(|(_, w)| (units * *w as usize / total_weight as usize).max(usize::from(units >= CATEGORIES.len())))
        .collect();
    // Communes take up the rounding.
    let assigned: usize = counts.iter().sum();
    if assigned <= units {
        counts[3] += units - assigned;
    } else {
        let excess = (assigned - units).min(counts[3]);
        counts[3] -= excess;
    }
    let mut out = Vec::with_capacity(units);
    for (c, (category, _)) in CATEGORIES.iter().enumerate() {
        for i in 0..counts[c] {
            if out.len() == units {
                break;
            }
            let (code, name, short) = match *category {
                "co-quan-tham-muu" => (format!("TM{:04}", i + 1), with_province(&ADVISORY, i), "cơ quan"),
                "so-nganh" => (
                    format!("SN{:04}", i + 1),
                    with_province(&DEPARTMENTS, i),
                    "Đảng ủy cơ quan",
                ),
                "mttq-doan-the" => (
                    format!("MT{:04}", i + 1),
                    with_province(&MASS_ORGANISATIONS, i),
                    "cơ quan",
                ),
                "dang-uy-xa-phuong" => (format!("X{:05}", i + 1), commune_name(i), "Đảng ủy"),
                _ => (
                    format!("TT{:04}", i + 1),
                    with_province(&DIRECT_COMMITTEES, i),
                    "Đảng ủy",
                ),
            };
            let due = rng.chance(0.02).then_some("2026-04-24");
            out.push(Unit {
                code,
                name,
                category,
                short,
                due,
            });
        }
    }
    out
}

fn roster_yaml(units: &[Unit], seed: u64) -> String {
    let mut out = format!(
        "# Generated by examples/corpus.rs (seed {seed}): {} units.\nunits:\n",
        units.len()
    );
    for unit in units {
        let _ = writeln!(
            out,
            "  - code: {}\n    name: \"{}\"\n    category: {}",
            unit.code, unit.name, unit.category
        );
        if let Some(due) = unit.due {
            let _ = writeln!(out, "    due: {due}");
        }
    }
    out
}

/// `1.234.567`: `.` groups thousands.
pub fn vn_count(n: u64) -> String {
    baocao::text::number::format_count(n)
}

/// `67,8`: `,` is the decimal mark.
fn vn_percent(tenths: u64) -> String {
    format!("{},{}", tenths / 10, tenths % 10)
}

fn roman(n: usize) -> &'static str {
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        .get(n.wrapping_sub(1))
        .copied()
        .unwrap_or("X")
}

const ORDINALS: [&str; 6] = ["NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU"];

/// How this report writes its headings.
struct Style {
    /// Markdown level of top-level sections (1 or 2).
    top_level: usize,
    top: usize,
    sub: usize,
    upper_top: bool,
    colon: bool,
    /// Sub-sections as bold-only lines or plain numbered lines instead of headings.
    sub_stand_in: Option<bool>,
    use_alias: f64,
    crlf: bool,
    bom: bool,
    nfd: bool,
}

impl Style {
    fn new(rng: &mut Rng) -> Style {
        Style {
            top_level: 1 + rng.below(2),
            top: rng.below(6),
            sub: rng.below(5),
            upper_top: rng.chance(0.5),
            colon: rng.chance(0.2),
            sub_stand_in: if rng.chance(0.08) { Some(rng.chance(0.5)) } else { None },
            use_alias: if rng.chance(0.3) { 0.5 } else { 0.0 },
            crlf: rng.chance(0.05),
            bom: rng.chance(0.03),
            nfd: rng.chance(0.02),
        }
    }
}

fn top_label(style: &Style, k: usize) -> String {
    match style.top {
        0 => format!("{}.", roman(k)),
        1 => format!("{}-", roman(k)),
        2 => format!("PHẦN THỨ {}:", ORDINALS.get(k - 1).copied().unwrap_or("SÁU")),
        3 => format!("{}/", roman(k)),
        4 => format!("{k}."),
        _ => format!("{} –", roman(k)),
    }
}

fn sub_label(style: &Style, parent: usize, k: usize) -> String {
    const LETTERS: [&str; 10] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"];
    let letter = LETTERS.get(k - 1).copied().unwrap_or("k");
    match style.sub {
        0 => format!("{k}."),
        1 => format!("{letter})"),
        2 => format!("{letter}."),
        3 => format!("{parent}.{k}."),
        _ => format!("{k})"),
    }
}

struct Writer<'a> {
    rng: Rng,
    unit: &'a Unit,
    out: String,
}

impl Writer<'_> {
    fn sentence(&mut self, id: &str) -> String {
        let template = if self.rng.chance(0.15) {
            *self.rng.pick(&GENERAL)
        } else {
            *self.rng.pick(pool(id))
        };
        let mut s = template.replace("{unit}", self.unit.short);
        while let Some(at) = s.find("{n}") {
            let n = vn_count(self.rng.range(2, 2_400));
            s.replace_range(at..at + 3, &n);
        }
        if let Some(at) = s.find("{pct}") {
            let p = vn_percent(self.rng.range(700, 999));
            s.replace_range(at..at + 5, &p);
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => s,
        }
    }

    /// Prose and lists for one section, about `budget` bytes.
    fn content(&mut self, id: &str, budget: usize, own_level: Option<usize>) {
        let start = self.out.len();
        let mut own_done = false;
        while self.out.len() - start < budget {
            if let Some(level) = own_level
                && !own_done
                && self.out.len() - start > budget / 3
                && self.rng.chance(0.3)
            {
                let heading = *self.rng.pick(&OWN_HEADINGS);
                let _ = write!(self.out, "{} {heading}\n\n", "#".repeat(level));
                own_done = true;
            }
            if self.rng.chance(0.2) {
                for _ in 0..self.rng.range(2, 5) {
                    let s = self.sentence(id);
                    let _ = writeln!(self.out, "- {s}");
                }
            } else {
                let count = self.rng.range(3, 6);
                let sentences: Vec<String> = (0..count).map(|_| self.sentence(id)).collect();
                self.out.push_str(&sentences.join(" "));
                self.out.push('\n');
            }
            self.out.push('\n');
        }
    }
}

fn signer(rng: &mut Rng) -> String {
    format!("{} {} {}", rng.pick(&SURNAMES), rng.pick(&MIDDLE), rng.pick(&GIVEN))
}

/// The date forms units write.
fn written_date(day: u64, form: usize) -> String {
    match form {
        0 => format!("2026-04-{day:02}"),
        1 => format!("{day}/4/2026"),
        2 => format!("{day:02}/04/2026"),
        _ => format!("\"ngày {day} tháng 4 năm 2026\""),
    }
}

fn report(outline: &Outline, unit: &Unit, rng: Rng, problem: Problem) -> String {
    let mut w = Writer {
        rng,
        unit,
        out: String::with_capacity(48 * 1024),
    };
    let style = Style::new(&mut w.rng);
    let target = w.rng.range(13_500, 36_000) as usize;

    // Front matter.
    let day = w.rng.range(1, 18);
    let submitted_day = if problem == Problem::Late {
        w.rng.range(21, 28)
    } else {
        (day + w.rng.range(0, 1)).min(19)
    };
    let code = if problem == Problem::UnknownUnit {
        format!("ZZ{}", unit.code)
    } else {
        unit.code.clone()
    };
    let broken = (problem == Problem::BadFrontMatter).then(|| w.rng.below(3));
    let date = if broken == Some(0) {
        "30/2/2026".to_owned()
    } else {
        written_date(day, w.rng.below(4))
    };
    let number = w.rng.range(20, 250);
    let name = signer(&mut w.rng);
    w.out.push_str("---\n");
    let _ = writeln!(w.out, "unit: \"{}\"", unit.name);
    if broken != Some(1) {
        let _ = writeln!(w.out, "unit_code: {code}");
    }
    let category = if broken == Some(2) { "xa-phuong" } else { unit.category };
    let _ = writeln!(w.out, "category: {category}");
    let _ = writeln!(w.out, "date: {date}");
    if problem == Problem::Late || w.rng.chance(0.7) {
        let _ = writeln!(
            w.out,
            "submitted: 2026-04-{submitted_day:02}T{:02}:{:02}:00+07:00",
            w.rng.range(7, 17),
            w.rng.range(0, 59)
        );
    }
    let _ = writeln!(w.out, "doc_number: \"{number}-BC/ĐU\"");
    let _ = writeln!(w.out, "signer: \"{name}\"");
    let _ = writeln!(
        w.out,
        "signer_title: \"{}\"",
        w.rng.pick(&["Bí thư", "Phó Bí thư", "Bí thư Đảng ủy"])
    );
    w.out.push_str("---\n\n");

    // Title block, in the Party-document layout.
    let upper = unit.name.to_uppercase();
    let _ = write!(
        w.out,
        "ĐẢNG BỘ TỈNH {}\n\n{upper}\n\nSố {number}-BC/ĐU\n\n*{}, ngày {day:02} tháng 4 năm 2026*\n\n**BÁO CÁO**\n\n",
        PROVINCES[w.rng.below(PROVINCES.len())].to_uppercase(),
        PROVINCES[w.rng.below(PROVINCES.len())],
    );
    w.out.push_str("**Tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp**\n\n");
    let _ = write!(
        w.out,
        "Thực hiện Kế hoạch số 86-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, {} báo cáo kết quả 10 năm thực hiện Kết luận số 114-KL/TW (giai đoạn 2015 - 2025) như sau:\n\n",
        unit.name
    );

    // Sections, in outline order (two swapped for `SectionOrder`).
    let mut roots = outline.roots();
    let appendix = outline.appendix.section;
    let body_roots: Vec<usize> = roots.iter().copied().filter(|&r| Some(r) != appendix).collect();
    if problem == Problem::SectionOrder && body_roots.len() >= 2 {
        let i = w.rng.below(body_roots.len() - 1);
        let (a, b) = (body_roots[i], body_roots[i + 1]);
        let (pa, pb) = (roots.iter().position(|&r| r == a), roots.iter().position(|&r| r == b));
        if let (Some(pa), Some(pb)) = (pa, pb) {
            roots.swap(pa, pb);
        }
    }
    let all_body: Vec<usize> = (0..outline.sections.len()).filter(|&s| Some(s) != appendix).collect();
    let dropped = (problem == Problem::MissingSection).then(|| *w.rng.pick(&all_body));
    let emptied = (problem == Problem::EmptySection).then(|| *w.rng.pick(&all_body));
    let total_weight: f64 = all_body.iter().map(|&s| weight(&outline.sections[s].id)).sum();
    let budget_bytes = target.saturating_sub(w.out.len() + 2_600) as f64;

    let title_of = |w: &mut Writer, s: usize| -> String {
        let section = &outline.sections[s];
        let mut title = if !section.aliases.is_empty() && w.rng.chance(style.use_alias) {
            w.rng.pick(&section.aliases).clone()
        } else {
            section.title.clone()
        };
        if problem == Problem::NoDiacritics {
            title = baocao::text::fold::strip_diacritics(&title);
        }
        title
    };

    for (k, &root) in roots.iter().enumerate() {
        if Some(root) == dropped {
            continue;
        }
        let numbered = k + 1;
        if Some(root) == appendix {
            let title = match w.rng.below(4) {
                0 => "PHỤ LỤC".to_owned(),
                1 => "Phụ lục".to_owned(),
                2 => "Phụ lục số liệu".to_owned(),
                _ => "BIỂU SỐ LIỆU".to_owned(),
            };
            let _ = write!(w.out, "{} {title}\n\n", "#".repeat(style.top_level));
            appendix_table(&mut w, outline, problem);
            continue;
        }
        let title = title_of(&mut w, root);
        let title = if style.upper_top { title.to_uppercase() } else { title };
        let colon = if style.colon { ":" } else { "" };
        let _ = write!(
            w.out,
            "{} {} {title}{colon}\n\n",
            "#".repeat(style.top_level),
            top_label(&style, numbered)
        );
        let children = outline.sections[root].children.clone();
        let own_level = (style.top_level + 2 <= 6).then_some(style.top_level + 2);
        let budget = |s: usize| (budget_bytes * weight(&outline.sections[s].id) / total_weight) as usize;
        if Some(root) == emptied {
            w.out.push_str("(Đang tổng hợp)\n\n");
        } else {
            w.content(
                &outline.sections[root].id,
                budget(root),
                if children.is_empty() { own_level } else { None },
            );
        }
        for (j, &child) in children.iter().enumerate() {
            if Some(child) == dropped {
                continue;
            }
            let title = title_of(&mut w, child);
            let label = sub_label(&style, numbered, j + 1);
            match style.sub_stand_in {
                Some(true) => {
                    let _ = write!(w.out, "**{label} {title}**\n\n");
                }
                Some(false) => {
                    let _ = write!(w.out, "{label} {title}\n\n");
                }
                None => {
                    let _ = write!(w.out, "{} {label} {title}\n\n", "#".repeat(style.top_level + 1));
                }
            }
            if Some(child) == emptied {
                w.out.push_str("(Đang tổng hợp)\n\n");
            } else {
                let own = (style.top_level + 2 <= 6).then_some(style.top_level + 2);
                w.content(&outline.sections[child].id, budget(child), own);
            }
        }
    }
    let _ = write!(
        w.out,
        "Nơi nhận:\n\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\n\n{name}\n"
    );

    let mut text = w.out;
    if style.nfd {
        text = text.nfd().collect();
    }
    if style.crlf {
        text = text.replace('\n', "\r\n");
    }
    if style.bom {
        text.insert(0, '\u{FEFF}');
    }
    text
}

fn appendix_table(w: &mut Writer, outline: &Outline, problem: Problem) {
    let indicators = &outline.appendix.indicators;
    let commune = w.unit.category == "dang-uy-xa-phuong";
    let scale = if commune { 1 } else { 4 };
    let mut values: Vec<String> = Vec::with_capacity(indicators.len());
    let mut raw: Vec<u64> = Vec::with_capacity(indicators.len());
    for (i, indicator) in indicators.iter().enumerate() {
        let value = match indicator.kind {
            Kind::Percent => w.rng.range(150, 1000),
            Kind::Count => match indicator.at_most {
                Some(j) if j < raw.len() => raw[j].saturating_sub(w.rng.range(0, raw[j] / 10 + 1)),
                _ => w.rng.range(3, 40 + (i as u64 * 300)) * scale,
            },
        };
        raw.push(value);
        values.push(match indicator.kind {
            Kind::Percent => vn_percent(value),
            Kind::Count => vn_count(value),
        });
    }
    if problem == Problem::BadValue && !indicators.is_empty() {
        let i = w.rng.below(indicators.len());
        values[i] = match (indicators[i].kind, w.rng.below(4)) {
            (Kind::Percent, 0) => "105,2".into(),
            (Kind::Count, 0) => "12,5".into(),
            (_, 1) => "khoảng 30".into(),
            (_, 2) => "-".into(),
            _ => "-3".into(),
        };
        // And sometimes a rule broken: more letters resolved than received.
        if let Some((k, indicator)) = indicators.iter().enumerate().find(|(_, ind)| ind.at_most.is_some())
            && let Some(j) = indicator.at_most
            && k != i
            && j != i
            && w.rng.chance(0.5)
        {
            values[k] = vn_count(raw[j] + w.rng.range(1, 40));
        }
    }
    w.out
        .push_str("Số liệu tổng hợp giai đoạn từ tháng 7/2015 đến hết tháng 3/2026.\n\n");
    let header = if w.rng.chance(0.7) {
        "| STT | Chỉ tiêu | Số liệu | Ghi chú |\n|---:|---|---:|---|\n"
    } else {
        "| TT | Nội dung | Kết quả | Ghi chú |\n|:-:|:--|--:|---|\n"
    };
    w.out.push_str(header);
    for (i, indicator) in indicators.iter().enumerate() {
        let stt = indicator.stt.map_or_else(|| (i + 1).to_string(), |n| n.to_string());
        let note = if w.rng.chance(0.1) { "Lũy kế 10 năm" } else { "" };
        let _ = writeln!(w.out, "| {stt} | {} | {} | {note} |", indicator.name, values[i]);
    }
    w.out.push('\n');
}

/// Encodes text as Windows-1258: precomposed where the code page has the letter,
/// otherwise a base letter and a combining tone mark, as old Vietnamese Windows does.
fn to_windows_1258(text: &str) -> Vec<u8> {
    let encoding = encoding_rs::WINDOWS_1258;
    let encode = |s: &str| -> Option<Vec<u8>> {
        let (bytes, _, unmappable) = encoding.encode(s);
        (!unmappable).then(|| bytes.into_owned())
    };
    let mut out = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for c in text.chars() {
        if let Some(bytes) = encode(c.encode_utf8(&mut buffer)) {
            out.extend(bytes);
            continue;
        }
        let parts: Vec<char> = c.to_string().nfd().collect();
        let (base, marks) = match parts.split_first() {
            Some((base, marks)) => (*base, marks),
            None => continue,
        };
        // Try the base letter with its first mark (ơ, â, ư …), then the rest combining.
        let composed = marks
            .first()
            .and_then(|m| unicode_normalization::char::compose(base, *m));
        let (head, rest) = match composed.and_then(|h| encode(h.encode_utf8(&mut buffer))) {
            Some(bytes) => (bytes, &marks[1..]),
            None => (
                encode(base.encode_utf8(&mut buffer)).unwrap_or_else(|| b"?".to_vec()),
                marks,
            ),
        };
        out.extend(head);
        for mark in rest {
            out.extend(encode(mark.encode_utf8(&mut buffer)).unwrap_or_default());
        }
    }
    out
}

fn to_utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    out.extend(
        text.trim_start_matches('\u{FEFF}')
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    out
}

fn choose_problem(rng: &mut Rng) -> Problem {
    if !rng.chance(PROBLEM_RATE) {
        return Problem::None;
    }
    let total: u32 = PROBLEMS.iter().map(|p| p.1).sum();
    let mut ticket = rng.below(total as usize) as u32;
    for (problem, weight) in PROBLEMS {
        if ticket < weight {
            return problem;
        }
        ticket -= weight;
    }
    Problem::None
}

/// Writes the campaign under `out`; `out` need not exist.
pub fn generate(out: &Path, units: usize, seed: u64, problems: bool) -> std::io::Result<Summary> {
    let outline = Outline::builtin();
    let mut rng = Rng::new(seed);
    let roster = roster(units, &mut rng);
    let submissions = out.join("submissions");
    let outline_dir = out.join("outline");
    std::fs::create_dir_all(&outline_dir)?;
    std::fs::write(outline_dir.join("units.yaml"), roster_yaml(&roster, seed))?;
    for (category, _) in CATEGORIES {
        std::fs::create_dir_all(submissions.join(category))?;
    }
    let mut summary = Summary {
        submissions: submissions.clone(),
        outline: outline_dir,
        units: roster.len(),
        ..Summary::default()
    };
    for (i, unit) in roster.iter().enumerate() {
        let mut unit_rng = Rng::for_item(seed, i as u64);
        let problem = if problems {
            choose_problem(&mut unit_rng)
        } else {
            Problem::None
        };
        if problem != Problem::None {
            summary.problems += 1;
        }
        if problem == Problem::NoReport {
            continue;
        }
        let text = report(&outline, unit, unit_rng, problem);
        let bytes = match problem {
            Problem::Windows1258 => to_windows_1258(text.trim_start_matches('\u{FEFF}')),
            Problem::Utf16 => to_utf16le(&text),
            _ => text.into_bytes(),
        };
        let path = submissions
            .join(unit.category)
            .join(format!("{}.md", unit.code.to_lowercase()));
        std::fs::write(&path, &bytes)?;
        summary.files += 1;
        summary.bytes += bytes.len() as u64;
    }
    Ok(summary)
}

fn parse_args() -> Result<(PathBuf, usize, u64, bool), String> {
    let mut out = None;
    let mut units = 150;
    let mut seed = 114;
    let mut problems = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--units" => units = value("--units")?.parse().map_err(|e| format!("--units: {e}"))?,
            "--seed" => seed = value("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--problems" => problems = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    Ok((out, units, seed, problems))
}

fn main() -> ExitCode {
    let (out, units, seed, problems) = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            eprintln!("usage: cargo run --release --example corpus -- --out DIR --units N [--seed S] [--problems]");
            return ExitCode::from(2);
        }
    };
    match generate(&out, units, seed, problems) {
        Ok(s) => {
            println!(
                "wrote {} reports ({:.1} MB) for {} units, {} with a problem, to {}; roster {}",
                s.files,
                s.bytes as f64 / 1e6,
                s.units,
                s.problems,
                s.submissions.display(),
                s.outline.join("units.yaml").display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
