// Vietnamese first, English second: every text a person reads on the portal, and the language switch.
const texts = {
  vi: {
    switch: 'English', tagline: 'Chất lượng không khí và nước', api: 'API mở', skip: 'Bỏ qua bản đồ, tới danh sách trạm', skipMain: 'Tới nội dung',
    offline: 'Đang ngoại tuyến: hiển thị số liệu đã lưu gần nhất.', mapLabel: 'Bản đồ trạm quan trắc', legend: 'Thang màu VN_AQI',
    nearest: 'Trạm gần tôi', nearestNone: 'Không xác định được vị trí.', nearestIs: 'Trạm gần nhất: {name} ({km} km)',
    methodLine: 'Chỉ số: VN_AQI giờ (Quyết định 1459/QĐ-TCMT) cho trạm không khí, VN_WQI (Quyết định 1460/QĐ-TCMT) cho trạm nước mặt.',
    stationsHeading: 'Các trạm', thStation: 'Trạm', thType: 'Loại', thIndex: 'Chỉ số', thCategory: 'Mức', thTime: 'Thời gian', thLayer: 'Trạng thái số liệu',
    provisional: 'Tạm thời', validated: 'Đã kiểm duyệt',
    provisionalNote: 'Số liệu ghi “Tạm thời” mới qua kiểm tra tự động; chỉ số AQI ghi “Đã kiểm duyệt” khi mọi số liệu đầu vào đã được phê duyệt cấp 2.',
    sourceNote: 'Nguồn số liệu: trạm quan trắc tự động, liên tục, truyền theo Thông tư 10/2021/TT-BTNMT. Giờ Việt Nam (UTC+7), giờ kết thúc.',
    updated: 'Cập nhật {time}', noIndex: 'Chưa đủ số liệu', noTiles: 'Không tải được bản đồ nền; trạm được vẽ trên đường viền Việt Nam.',
    AmbientAir: 'Không khí', SurfaceWater: 'Nước mặt', IndustrialWastewater: 'Nước thải', StackEmission: 'Khí thải',
    backToMap: 'Bản đồ', subIndices: 'Chỉ số thành phần (AQIx) giờ gần nhất', thPollutant: 'Thông số', thSubIndex: 'AQIx',
    latestHeading: 'Giá trị mới nhất', thParameter: 'Thông số', thValue: 'Giá trị', thUnit: 'Đơn vị', chartsHeading: 'Biểu đồ',
    rangeLabel: 'Khoảng thời gian', r24h: '24 giờ', r7d: '7 ngày', r30d: '30 ngày', parameter: 'Thông số',
    csvSeries: 'Tải CSV số liệu', csvMeans: 'Tải CSV trung bình', csvAqi: 'Tải CSV VN_AQI',
    followHeading: 'Theo dõi trạm', notifyAt: 'Báo khi chỉ số vượt', follow: 'Theo dõi', unfollow: 'Bỏ theo dõi',
    followOn: 'Đang theo dõi; sẽ báo khi chỉ số từ {level} trở lên.', followOff: 'Chưa theo dõi.', notifyDenied: 'Trình duyệt không cho phép thông báo; vẫn theo dõi trên trang.',
    notifyTitle: '{name}: VN_AQI {aqi}', notifyBody: 'Mức {category} (ngưỡng bạn chọn: {level}).',
    methodHeading: 'Phương pháp', mainPollutant: 'Thông số chính', hourEnding: 'Giờ (kết thúc)', day: 'Ngày',
    health: 'Ảnh hưởng sức khỏe', publicAdvice: 'Khuyến nghị cho người bình thường', sensitiveAdvice: 'Khuyến nghị cho nhóm nhạy cảm', use: 'Mục đích sử dụng',
    aqiMethod: 'VN_AQI — Quyết định 1459/QĐ-TCMT: AQI giờ là giá trị lớn nhất của các chỉ số thành phần; PM2.5 và PM10 dùng NowCast 12 giờ, O3, NO2, SO2, CO dùng trung bình 1 giờ; chỉ công bố khi có PM2.5 hoặc PM10. Trung bình giờ cần ít nhất 75 % số liệu.',
    wqiMethod: 'VN_WQI — Quyết định 1460/QĐ-TCMT, tính từ giá trị mới nhất của trạm tự động (không phải mẫu ngày).',
    noAqiType: 'Trạm này không tính VN_AQI hay VN_WQI; xem giá trị đo bên dưới.',
    source: 'Nguồn số liệu: trạm {name}, tỉnh {province}, tọa độ {lat}, {lon}. Truyền theo Thông tư 10/2021/TT-BTNMT.',
    hourlyMeans: '{name} — trung bình giờ ({unit})', dailyMeans: '{name} — trung bình ngày ({unit})', aqiHourly: 'VN_AQI giờ', aqiDaily: 'VN_AQI ngày',
    noData: 'Không có số liệu trong khoảng này.', unknownStation: 'Không có trạm này.', coords: 'Tọa độ',
  },
  en: {
    switch: 'Tiếng Việt', tagline: 'Air and water quality', api: 'Open API', skip: 'Skip the map, go to the station list', skipMain: 'Skip to content',
    offline: 'Offline: showing the last data saved.', mapLabel: 'Map of monitoring stations', legend: 'VN_AQI colour scale',
    nearest: 'Nearest station', nearestNone: 'Your position is not available.', nearestIs: 'Nearest station: {name} ({km} km)',
    methodLine: 'Index: hourly VN_AQI (Decision 1459/QĐ-TCMT) for air stations, VN_WQI (Decision 1460/QĐ-TCMT) for surface-water stations.',
    stationsHeading: 'Stations', thStation: 'Station', thType: 'Type', thIndex: 'Index', thCategory: 'Category', thTime: 'Time', thLayer: 'Data status',
    provisional: 'Provisional', validated: 'Validated',
    provisionalNote: 'Values labelled “Provisional” passed automatic checks only; an AQI is labelled “Validated” when all its inputs were approved at review level 2.',
    sourceNote: 'Data source: automatic continuous monitoring stations transmitting under Circular 10/2021/TT-BTNMT. Vietnam time (UTC+7), hour-ending.',
    updated: 'Updated {time}', noIndex: 'Not enough data', noTiles: 'Map tiles could not be loaded; stations are drawn on an outline of Viet Nam.',
    AmbientAir: 'Air', SurfaceWater: 'Surface water', IndustrialWastewater: 'Wastewater', StackEmission: 'Stack emission',
    backToMap: 'Map', subIndices: 'Sub-indices (AQIx) of the latest hour', thPollutant: 'Pollutant', thSubIndex: 'AQIx',
    latestHeading: 'Latest values', thParameter: 'Parameter', thValue: 'Value', thUnit: 'Unit', chartsHeading: 'Charts',
    rangeLabel: 'Time range', r24h: '24 hours', r7d: '7 days', r30d: '30 days', parameter: 'Parameter',
    csvSeries: 'Download values (CSV)', csvMeans: 'Download means (CSV)', csvAqi: 'Download VN_AQI (CSV)',
    followHeading: 'Follow this station', notifyAt: 'Notify when the index reaches', follow: 'Follow', unfollow: 'Unfollow',
    followOn: 'Following; you will be notified at {level} or above.', followOff: 'Not followed.', notifyDenied: 'Notifications are blocked by the browser; the station is still followed on the page.',
    notifyTitle: '{name}: VN_AQI {aqi}', notifyBody: 'Category {category} (your level: {level}).',
    methodHeading: 'Method', mainPollutant: 'Main pollutant', hourEnding: 'Hour (ending)', day: 'Day',
    health: 'Health effects', publicAdvice: 'Advice for the general public', sensitiveAdvice: 'Advice for sensitive groups', use: 'Suitable use',
    aqiMethod: 'VN_AQI — Decision 1459/QĐ-TCMT: the hourly AQI is the highest sub-index; PM2.5 and PM10 use the 12-hour NowCast, O3, NO2, SO2 and CO the 1-hour mean; published only when PM2.5 or PM10 is available. An hourly mean needs at least 75 % of the data.',
    wqiMethod: 'VN_WQI — Decision 1460/QĐ-TCMT, computed from the automatic station’s newest values (not a daily sample).',
    noAqiType: 'No VN_AQI or VN_WQI is computed for this station; see the measured values below.',
    source: 'Data source: station {name}, province {province}, coordinates {lat}, {lon}. Transmitted under Circular 10/2021/TT-BTNMT.',
    hourlyMeans: '{name} — hourly means ({unit})', dailyMeans: '{name} — daily means ({unit})', aqiHourly: 'Hourly VN_AQI', aqiDaily: 'Daily VN_AQI',
    noData: 'No data in this range.', unknownStation: 'No such station.', coords: 'Coordinates',
  },
};

export function lang() {
  const saved = localStorage.getItem('quantrac.lang');
  return saved === 'en' ? 'en' : 'vi';
}

export function t(key, values = {}) {
  const text = texts[lang()][key] ?? texts.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
}

/** Picks the Vietnamese or English member of an object: pick(x, 'name') → x.nameVi or x.nameEn. */
export function pick(obj, base) {
  if (!obj) return '';
  return lang() === 'en' ? (obj[base + 'En'] ?? obj[base + 'Vi'] ?? '') : (obj[base + 'Vi'] ?? '');
}

export function applyStatic() {
  document.documentElement.lang = lang();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  const sw = document.getElementById('lang');
  if (sw) sw.lang = lang() === 'vi' ? 'en' : 'vi';
}

/** Wires the language button; onChange re-renders the dynamic parts. */
export function setupSwitch(onChange) {
  applyStatic();
  document.getElementById('lang')?.addEventListener('click', () => {
    localStorage.setItem('quantrac.lang', lang() === 'vi' ? 'en' : 'vi');
    applyStatic();
    onChange();
  });
}

export function formatTime(iso) {
  if (!iso) return '';
  // Times arrive in Vietnam time with +07:00; show them as such, whatever the phone's time zone.
  return iso.slice(0, 16).replace('T', ' ');
}
